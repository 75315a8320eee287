// The counter as managers see it in the console: the stores' tills and the brand's offline limits, every shift with
// its report (counted cash, over/short), the day's Z-report per store and the conflicts of offline sales. The till
// itself (selling, shifts, returns) is the POS app, pos.html.
import { Monitor, Tickets, Document, Warning } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const manage = { permission: 'pos:manage' }

export default defineCapability({
  key: 'counter',
  title: 'nav.groupCounter',
  routes: [
    { path: 'counter/shifts', name: 'counter-shifts', component: () => import('./ShiftsView.vue'), meta: { ...manage, title: 'nav.counterShifts' } },
    { path: 'counter/z-report', name: 'counter-z-report', component: () => import('./ZReportView.vue'), meta: { ...manage, title: 'nav.counterZReport' } },
    { path: 'counter/conflicts', name: 'counter-conflicts', component: () => import('./ConflictsView.vue'), meta: { ...manage, title: 'nav.counterConflicts' } },
    { path: 'counter/tills', name: 'counter-tills', component: () => import('./TillsView.vue'), meta: { ...manage, title: 'nav.counterTills' } },
  ],
  nav: [
    { route: 'counter-shifts', path: '/counter/shifts', label: 'nav.counterShifts', test: 'nav-counter-shifts', icon: Tickets, ...manage },
    { route: 'counter-z-report', path: '/counter/z-report', label: 'nav.counterZReport', test: 'nav-counter-z-report', icon: Document, ...manage },
    { route: 'counter-conflicts', path: '/counter/conflicts', label: 'nav.counterConflicts', test: 'nav-counter-conflicts', icon: Warning, ...manage },
    { route: 'counter-tills', path: '/counter/tills', label: 'nav.counterTills', test: 'nav-counter-tills', icon: Monitor, ...manage },
  ],
  messages: { en, 'zh-CN': zhCN },
})
