// The voucher screens' messages in English; merged into the console's messages by i18n/index.ts.
const en = {
  nav: { groupVoucher: 'Vouchers', voucherRedeem: 'Redeem vouchers' },
  enum: {
    voucherStatus: { ACTIVE: 'Active', USED_UP: 'Used up', REFUNDED: 'Refunded', EXPIRED: 'Expired' },
    voucherUse: { REDEEM: 'Redeemed', REFUND: 'Refunded' },
  },
  voucher: {
    title: 'Redeem vouchers',
    hint: 'Scan the customer’s voucher QR, or type its 12-digit code and press Enter.',
    inputPlaceholder: 'Voucher code or scan',
    lookUp: 'Look up',
    order: 'Order',
    store: 'Store',
    expires: 'Valid until',
    remaining: 'Uses left',
    of: 'of {uses}',
    price: 'Paid',
    uses: 'Uses to redeem',
    usesInvalid: 'Use a whole number from 1 to {max}',
    redeem: 'Redeem',
    redeemed: 'Redeemed {uses}: {remaining} left',
    refund: 'Refund what is left',
    refundConfirm: 'Refund the {remaining} unused uses of this voucher to the customer?',
    refunded: 'Refunded {amount}',
    history: 'History',
    next: 'Next customer',
    empty: 'No voucher yet: scan or type a code.',
  },
}

export default en
export type VoucherMessages = typeof en
