// 服务券页面的中文文案；由 i18n/index.ts 合并进控制台的文案。
import type { VoucherMessages } from './messages.en'

const zhCN: VoucherMessages = {
  nav: { groupVoucher: '服务券', voucherRedeem: '服务券核销' },
  enum: {
    voucherStatus: { ACTIVE: '可使用', USED_UP: '已用完', REFUNDED: '已退款', EXPIRED: '已过期' },
    voucherUse: { REDEEM: '核销', REFUND: '退款' },
  },
  voucher: {
    title: '服务券核销',
    hint: '扫描顾客的服务券二维码，或输入 12 位券码后按回车。',
    inputPlaceholder: '券码或扫码',
    lookUp: '查询',
    order: '订单',
    store: '门店',
    expires: '有效期至',
    remaining: '剩余次数',
    of: '共 {uses} 次',
    price: '实付',
    uses: '本次核销次数',
    usesInvalid: '请输入 1 到 {max} 的整数',
    redeem: '核销',
    redeemed: '已核销 {uses} 次，剩余 {remaining} 次',
    refund: '退还剩余部分',
    refundConfirm: '将此服务券未使用的 {remaining} 次退款给顾客？',
    refunded: '已退款 {amount}',
    history: '使用记录',
    next: '下一位顾客',
    empty: '尚未查询服务券：请扫码或输入券码。',
  },
}

export default zhCN
