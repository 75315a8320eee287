// Orders: the order list with each order's detail (returns, payments, cancel) and the brand's order routing rule
// (where online orders are served from).
import { Guide, Tickets } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

export default defineCapability({
  key: 'order',
  title: 'nav.groupOrder',
  routes: [
    {
      path: 'orders',
      name: 'orders',
      component: () => import('./OrdersView.vue'),
      meta: { permission: 'order:read', title: 'nav.orders' },
    },
    {
      path: 'routing-rules',
      name: 'routing-rules',
      component: () => import('./RoutingRulesView.vue'),
      meta: { permission: 'org:read', title: 'nav.routingRules' },
    },
  ],
  nav: [
    { route: 'orders', path: '/orders', label: 'nav.orders', test: 'nav-orders', icon: Tickets, permission: 'order:read' },
    { route: 'routing-rules', path: '/routing-rules', label: 'nav.routingRules', test: 'nav-routing-rules', icon: Guide, permission: 'org:read' },
  ],
  messages: { en, 'zh-CN': zhCN },
})
