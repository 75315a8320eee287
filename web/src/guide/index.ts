// Guides: the guide workbench's 代客下单 (a guide builds an order for a customer found by phone and sends the pay
// link); the guides of a store with their customers, leaderboard and handovers; the messaging outbox.
import { ChatLineRound, DataAnalysis, Iphone, UserFilled } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'
import { en as contentEn, zhCN as contentZhCN } from './contentMessages'

const write = { permission: 'order:write' }
const guides = { permission: 'guide:read' }
const outbox = { permission: 'message:read' }

export default defineCapability({
  key: 'guide',
  title: 'nav.groupGuide',
  routes: [
    {
      path: 'guide/orders',
      name: 'guide-orders',
      component: () => import('./GuideOrderView.vue'),
      meta: { ...write, title: 'nav.guideOrders' },
    },
    {
      path: 'guide/team',
      name: 'guide-team',
      component: () => import('./GuideTeamView.vue'),
      meta: { ...guides, title: 'nav.guides' },
    },
    {
      path: 'guide/content',
      name: 'guide-content',
      component: () => import('./ContentReportView.vue'),
      meta: { ...guides, title: 'guideContent.nav' },
    },
    {
      path: 'guide/messages',
      name: 'guide-messages',
      component: () => import('./OutboxView.vue'),
      meta: { ...outbox, title: 'nav.outbox' },
    },
  ],
  nav: [
    { route: 'guide-orders', path: '/guide/orders', label: 'nav.guideOrders', test: 'nav-guide-orders', icon: Iphone, ...write },
    { route: 'guide-team', path: '/guide/team', label: 'nav.guides', test: 'nav-guide-team', icon: UserFilled, ...guides },
    { route: 'guide-content', path: '/guide/content', label: 'guideContent.nav', test: 'nav-guide-content', icon: DataAnalysis, ...guides },
    { route: 'guide-messages', path: '/guide/messages', label: 'nav.outbox', test: 'nav-guide-messages', icon: ChatLineRound, ...outbox },
  ],
  messages: { en: { ...en, guideContent: contentEn }, 'zh-CN': { ...zhCN, guideContent: contentZhCN } },
})
