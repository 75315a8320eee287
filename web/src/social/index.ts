// Social commerce (社交电商): group buys (拼团) and bargains (砍价) with their live progress.
import { Connection, Scissor } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'price:read' }

export default defineCapability({
  key: 'social',
  title: 'social.nav',
  routes: [
    {
      path: 'group-buys',
      name: 'group-buys',
      component: () => import('./GroupBuysView.vue'),
      meta: { ...read, title: 'social.groupBuys' },
    },
    {
      path: 'bargains',
      name: 'bargains',
      component: () => import('./BargainsView.vue'),
      meta: { ...read, title: 'social.bargains' },
    },
  ],
  nav: [
    { route: 'group-buys', path: '/group-buys', label: 'social.groupBuys', test: 'nav-group-buys', icon: Connection, ...read },
    { route: 'bargains', path: '/bargains', label: 'social.bargains', test: 'nav-bargains', icon: Scissor, ...read },
  ],
  messages: { en: { social: en }, 'zh-CN': { social: zhCN } },
})
