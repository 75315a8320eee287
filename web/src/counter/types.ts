// The till side as the console sees it (GET /api/v1/pos/...): tills, shifts with their reports, the day's
// Z-report, the conflicts of offline sales and the brand's offline limits. Money in fen.
export const TENDERS = ['CASH', 'CARD', 'WECHAT_PAY', 'WALLET', 'POINTS'] as const
export const SHIFT_STATUSES = ['OPEN', 'CLOSED'] as const
export const CONFLICT_STATUSES = ['OPEN', 'RESOLVED'] as const

// A till and a shift are the POS app's own shapes.
import type { Shift, Till } from '../pos/types'

export type { Shift, Till }

export interface TenderTotal {
  tender: (typeof TENDERS)[number]
  salesFen: number
  refundsFen: number
  netFen: number
}

export interface Denomination {
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
  counted: Denomination[]
  note: string | null
}

export interface ZReport {
  storeId: string
  storeName: string
  date: string
  shifts: Shift[]
  salesCount: number
  returnsCount: number
  salesFen: number
  refundsFen: number
  tenders: TenderTotal[]
  overShortFen: number | null
}

export interface Conflict {
  id: string
  tillId: string
  tillName: string
  storeId: string
  orderId: string
  number: string
  kind: 'STOCK_SHORT' | 'PRICE_CHANGED' | 'COUPON_USED' | 'MEMBER_MERGED' | 'OVER_LIMIT'
  detail: string
  recordedAt: string
  syncedAt: string
  status: (typeof CONFLICT_STATUSES)[number]
  resolvedBy: string | null
  resolvedAt: string | null
  note: string | null
}

export interface PosSettings {
  maxOfflineHours: number
  maxOfflineAmountFen: number
  version: number
}
