// Guide workbench: a guide builds an order for a customer found by phone and sends the pay link (代客下单).
import { Iphone } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const write = { permission: 'order:write' }

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
  ],
  nav: [
    { route: 'guide-orders', path: '/guide/orders', label: 'nav.guideOrders', test: 'nav-guide-orders', icon: Iphone, ...write },
  ],
  messages: { en, 'zh-CN': zhCN },
})
