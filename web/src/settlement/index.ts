// Franchise settlement: who owes whom when one owner's stock (the brand's or a franchisee's) fulfils another
// owner's order — the report per pair of owners over a period, its entries, the ledger check and the brand's rate.
import { Coin } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'settlement:read' }

export default defineCapability({
  key: 'settlement',
  title: 'nav.groupSettlement',
  routes: [
    {
      path: 'settlements',
      name: 'settlement-report',
      component: () => import('./SettlementView.vue'),
      meta: { ...read, title: 'nav.settlementReport' },
    },
  ],
  nav: [
    { route: 'settlement-report', path: '/settlements', label: 'nav.settlementReport', test: 'nav-settlement-report', icon: Coin, ...read },
  ],
  messages: { en, 'zh-CN': zhCN },
})
