// Service vouchers: redeeming a customer's voucher at the store (核销), in part or whole, and refunding what is left.
import { Ticket } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const write = { permission: 'fulfillment:write' }

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
  ],
  nav: [
    { route: 'voucher-redeem', path: '/vouchers/redeem', label: 'nav.voucherRedeem', test: 'nav-voucher-redeem', icon: Ticket, ...write },
  ],
  messages: { en, 'zh-CN': zhCN },
})
