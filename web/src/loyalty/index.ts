// Loyalty (会员权益): the stored-value wallet's top-up plans and finance's liability and clearing report.
import { Wallet, Money } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'wallet:read' }

export default defineCapability({
  key: 'loyalty',
  title: 'nav.groupLoyalty',
  routes: [
    {
      path: 'wallet/plans',
      name: 'wallet-plans',
      component: () => import('./WalletPlansView.vue'),
      meta: { ...read, title: 'nav.walletPlans' },
    },
    {
      path: 'wallet/liability',
      name: 'wallet-liability',
      component: () => import('./WalletLiabilityView.vue'),
      meta: { ...read, title: 'nav.walletLiability' },
    },
  ],
  nav: [
    { route: 'wallet-plans', path: '/wallet/plans', label: 'nav.walletPlans', test: 'nav-wallet-plans', icon: Wallet, ...read },
    { route: 'wallet-liability', path: '/wallet/liability', label: 'nav.walletLiability', test: 'nav-wallet-liability', icon: Money, ...read },
  ],
  messages: { en, 'zh-CN': zhCN },
})
