// Distribution (分銷): the brand's distributors and their applications, and withdrawals of commission with the
// ledgers' reconciliation; the commission rules; the settings (binding rule, windows) and levels.
import { Operation, Setting, Share, Wallet } from '@element-plus/icons-vue'
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
    {
      path: 'distribution/rules',
      name: 'distribution-rules',
      component: () => import('./DistributionRulesView.vue'),
      meta: { ...read, title: 'nav.distributionRules' },
    },
    {
      path: 'distribution/settings',
      name: 'distribution-settings',
      component: () => import('./DistributionSettingsView.vue'),
      meta: { ...read, title: 'nav.distributionSettings' },
    },
  ],
  nav: [
    { route: 'distribution-distributors', path: '/distribution/distributors', label: 'nav.distributors', test: 'nav-distributors', icon: Share, ...read },
    { route: 'distribution-withdrawals', path: '/distribution/withdrawals', label: 'nav.withdrawals', test: 'nav-withdrawals', icon: Wallet, ...read },
    { route: 'distribution-rules', path: '/distribution/rules', label: 'nav.distributionRules', test: 'nav-distribution-rules', icon: Operation, ...read },
    { route: 'distribution-settings', path: '/distribution/settings', label: 'nav.distributionSettings', test: 'nav-distribution-settings', icon: Setting, ...read },
  ],
  messages: { en, 'zh-CN': zhCN },
})
