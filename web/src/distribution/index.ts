// Distribution (分銷): the brand's distributors and their applications, and withdrawals of commission with the
// ledgers' reconciliation. Settings, levels and rules are set through the API for now.
import { Share, Wallet } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'distribution:read' }

export default defineCapability({
  key: 'distribution',
  title: 'nav.groupDistribution',
  routes: [
    {
      path: 'distribution/distributors',
      name: 'distribution-distributors',
      component: () => import('./DistributorsView.vue'),
      meta: { ...read, title: 'nav.distributors' },
    },
    {
      path: 'distribution/withdrawals',
      name: 'distribution-withdrawals',
      component: () => import('./WithdrawalsView.vue'),
      meta: { ...read, title: 'nav.withdrawals' },
    },
  ],
  nav: [
    { route: 'distribution-distributors', path: '/distribution/distributors', label: 'nav.distributors', test: 'nav-distributors', icon: Share, ...read },
    { route: 'distribution-withdrawals', path: '/distribution/withdrawals', label: 'nav.withdrawals', test: 'nav-withdrawals', icon: Wallet, ...read },
  ],
  messages: { en, 'zh-CN': zhCN },
})
