// Analytics: the home dashboard, the console's landing page (today's orders and sales by channel and by store).
import { House } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

export default defineCapability({
  key: 'analytics',
  routes: [{ path: '', name: 'home', component: () => import('./DashboardView.vue'), meta: { title: 'nav.home' } }],
  nav: [{ route: 'home', path: '/', label: 'nav.home', test: 'nav-home', icon: House }],
  messages: { en, 'zh-CN': zhCN },
})
