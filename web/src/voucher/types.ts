// Service vouchers (GET /api/v1/vouchers, POST /lookup, /redeem, /{id}/refund).
export const VOUCHER_STATUSES = ['ACTIVE', 'USED_UP', 'REFUNDED', 'EXPIRED'] as const
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number]

export interface VoucherUse {
  kind: 'REDEEM' | 'REFUND'
  uses: number
  /** fen */
  amount: number
  storeId: string | null
  by: string | null
  at: string
}

export interface Voucher {
  id: string
  code: string
  qrContent: string
  orderId: string
  orderNumber: string
  lineIndex: number
  skuId: string
  skuCode: string
  skuName: string
  storeId: string
  storeName: string | null
  customerId: string | null
  uses: number
  redeemed: number
  refunded: number
  remaining: number
  status: VoucherStatus
  /** fen */
  price: number
  refundAmount: number
  issuedAt: string
  expiresAt: string
  history: VoucherUse[]
}

/** What the input holds: twelve digits typed, or what a scanner read from the QR. */
export function presentedVoucher(input: string): { code: string } | { qr: string } | null {
  const text = input.trim()
  if (!text) return null
  return /^\d{12}$/.test(text) ? { code: text } : { qr: text }
}

/** A SKU sold as a voucher (GET /api/v1/voucher-plans): `id` is the SKU's id. */
export interface VoucherPlan {
  id: string
  skuCode: string | null
  skuName: string | null
  productName: string | null
  specs: Record<string, string>
  active: boolean
  uses: number
  validDays: number
  version: number
}
