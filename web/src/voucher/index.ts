// Service vouchers: redeeming a customer's voucher at the store (核销), in part or whole, and refunding what is left;
// which SKUs sell as vouchers (plans).
import { Setting, Ticket } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const write = { permission: 'fulfillment:write' }
const catalog = { permission: 'catalog:read' }

export default defineCapability({
  key: 'voucher',
  title: 'nav.groupVoucher',
  routes: [
    {
      path: 'vouchers/redeem',
      name: 'voucher-redeem',
      component: () => import('./VoucherRedeemView.vue'),
      meta: { ...write, title: 'nav.voucherRedeem' },
    },
    {
      path: 'vouchers/plans',
      name: 'voucher-plans',
      component: () => import('./VoucherPlansView.vue'),
      meta: { ...catalog, title: 'nav.voucherPlans' },
    },
  ],
  nav: [
    { route: 'voucher-redeem', path: '/vouchers/redeem', label: 'nav.voucherRedeem', test: 'nav-voucher-redeem', icon: Ticket, ...write },
    { route: 'voucher-plans', path: '/vouchers/plans', label: 'nav.voucherPlans', test: 'nav-voucher-plans', icon: Setting, ...catalog },
  ],
  messages: { en, 'zh-CN': zhCN },
})
