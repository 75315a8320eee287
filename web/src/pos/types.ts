// The POS API's shapes (docs: the POS contract of issue 13; money in fen, times ISO-8601).
import type { Tender } from '../order/types'

export type { Tender }

export interface Till {
  id: string
  storeId: string
  storeName: string
  code: string
  name: string
  active: boolean
  openShiftId: string | null
  version: number
}

export interface Shift {
  id: string
  tillId: string
  tillName: string
  storeId: string
  storeName: string
  staffId: string
  staffName: string
  status: 'OPEN' | 'CLOSED'
  floatFen: number
  openedAt: string
  closedAt: string | null
  version: number
  /** Counted − expected cash; null while the shift is open. */
  overShortFen?: number | null
}

export interface TenderTotal {
  tender: Tender
  salesFen: number
  refundsFen: number
  netFen: number
}

export interface Counted {
  denominationFen: number
  count: number
}

export interface ShiftReport extends Shift {
  salesCount: number
  returnsCount: number
  salesFen: number
  refundsFen: number
  tenders: TenderTotal[]
  expectedCashFen: number
  countedCashFen: number | null
  overShortFen: number | null
  counted: Counted[]
  note: string | null
}

/** Notes and coins the drawer is counted in (fen): 100, 50, 20, 10, 5, 1 yuan, 5 and 1 jiao. */
export const DENOMINATIONS = [10000, 5000, 2000, 1000, 500, 100, 50, 10] as const

export interface SaleLine {
  skuId: string
  quantity: number
  discountFen?: number
}

export interface SaleTender {
  tender: Tender
  amount: number
  cashTendered?: number
  reference?: string
  authCode?: string
  /** WECHAT_PAY by the till's QR the customer scans: the sale is placed awaiting it */
  qr?: boolean
}

/** A till sale awaiting the customer's payment by the till's QR (GET /pos/tills/{id}/qr-sales/{orderId}). */
export interface QrSale {
  orderId: string
  number: string
  status: 'CREATED' | 'COMPLETED' | 'CANCELLED' | string
  total: number
  qrAmount: number
  payUrl: string | null
  paymentStatus: 'PENDING' | 'SUCCEEDED' | 'CLOSED' | 'FAILED' | null
}

export interface Sale {
  clientSaleId: string
  customerId?: string | null
  guideId?: string | null
  lines: SaleLine[]
  couponIds?: string[]
  tenders: SaleTender[]
  note?: string | null
}

/** A sale the device made offline, as the sync endpoint takes it. */
export interface QueuedSale extends Omit<Sale, 'lines'> {
  recordedAt: string
  lines: (SaleLine & { unitPrice: number })[]
  total: number
}

/** A void the device recorded offline, as the sync endpoint takes it: once per clientVoidId, at recordedAt. */
export interface QueuedVoid {
  clientVoidId: string
  recordedAt: string
  kind: 'LINE' | 'SALE'
  skuId?: string
  quantity?: number
  amountFen: number
  reason: string
}

export interface Receipt {
  storeName: string
  storeAddress?: string | null
  tillName: string
  number: string
  createdAt: string
  staffName: string
  customer?: { name?: string | null; phone?: string | null; tierName?: string | null } | string | null
  lines: { name: string; quantity: number; unitPrice: number; amount: number; discount: number }[]
  goodsAmount: number
  discountAmount: number
  total: number
  tenders: { tender: Tender; amount: number; change?: number | null }[]
  pointsEarned?: number | null
  eReceiptUrl: string
}

export interface HeldSale {
  id: string
  tillId: string
  label: string | null
  cart: unknown
  heldAt: string
  staffName: string
}

export type ConflictKind = 'STOCK_SHORT' | 'PRICE_CHANGED' | 'COUPON_USED' | 'MEMBER_MERGED' | 'OVER_LIMIT'

export interface SyncVoidResult {
  clientVoidId: string
  voidId: string
  outcome: 'ACCEPTED' | 'DUPLICATE'
}

export interface SyncResult {
  clientSaleId: string
  orderId: string
  number: string
  outcome: 'ACCEPTED' | 'DUPLICATE'
  conflicts: { kind: ConflictKind; detail: string }[]
}

export interface SnapshotSku {
  skuId: string
  code: string
  name: string
  productName: string
  specs: Record<string, string>
  barcodes: string[]
  /** null: no valid price at this store (not kept on the device) */
  priceFen: number | null
  tierPrices: { tierCode: string; priceFen: number }[]
  active: boolean
  /** the SKU's categories and those above them, for promotions of a category (absent in an older cache) */
  categoryIds?: string[]
}

/** An automatic promotion as the snapshot carries it, listed in the order the server stacks them. */
export interface PromotionTerms {
  id: string
  name: string
  kind: 'FULL_REDUCTION' | 'PERCENT_OFF' | 'BUY_X_GET_Y'
  /** spend at least threshold fen, save off fen */
  tiers: { threshold: number; off: number }[]
  percentOff: number | null
  buy: number | null
  get: number | null
  skuIds: string[]
  categoryIds: string[]
  startsAt: string
  endsAt: string
  priority: number
  exclusive: boolean
}

export interface OfflineSettings {
  maxOfflineHours: number
  maxOfflineAmountFen: number
}

export interface Snapshot {
  asOf: string
  full: boolean
  store: { id: string; name: string; code: string }
  skus: SnapshotSku[]
  removedSkuIds: string[]
  tiers: { code: string; name: string }[]
  promotions: PromotionTerms[]
  cashier: { staffId: string; name: string; permissions: string[]; discountLimitPercent: number }
  settings: OfflineSettings
}

export interface SnapshotMember {
  customerId: string
  phoneHash: string
  maskedPhone: string
  memberCode: string
  name: string | null
  tierCode: string | null
}

export interface MemberSnapshot {
  asOf: string
  members: SnapshotMember[]
  removedCustomerIds?: string[]
}
