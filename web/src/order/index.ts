// Orders: for now the brand's order routing rule (where online orders are served from).
import { Guide } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

export default defineCapability({
  key: 'order',
  title: 'nav.groupOrder',
  routes: [
    {
      path: 'routing-rules',
      name: 'routing-rules',
      component: () => import('./RoutingRulesView.vue'),
      meta: { permission: 'org:read', title: 'nav.routingRules' },
    },
  ],
  nav: [
    { route: 'routing-rules', path: '/routing-rules', label: 'nav.routingRules', test: 'nav-routing-rules', icon: Guide, permission: 'org:read' },
  ],
  messages: { en, 'zh-CN': zhCN },
})
