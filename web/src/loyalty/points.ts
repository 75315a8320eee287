// Loyalty, points and tiers: the brand's tier and points rules, and a member's points found by phone. (The
// wallet's screens are another capability file of this folder.)
import { Medal, Coin } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import { en, zhCN } from './pointsMessages'

const read = { permission: 'customer:read' }

export default defineCapability({
  key: 'loyalty-points',
  title: 'nav.groupLoyalty',
  routes: [
    {
      path: 'loyalty/rules',
      name: 'loyalty-rules',
      component: () => import('./LoyaltyRulesView.vue'),
      meta: { ...read, title: 'nav.loyaltyRules' },
    },
    {
      path: 'loyalty/points',
      name: 'member-points',
      component: () => import('./MemberPointsView.vue'),
      meta: { ...read, title: 'nav.memberPoints' },
    },
  ],
  nav: [
    { route: 'loyalty-rules', path: '/loyalty/rules', label: 'nav.loyaltyRules', test: 'nav-loyalty-rules', icon: Medal, ...read },
    { route: 'member-points', path: '/loyalty/points', label: 'nav.memberPoints', test: 'nav-member-points', icon: Coin, ...read },
  ],
  messages: { en, 'zh-CN': zhCN },
})
