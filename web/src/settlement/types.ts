// Franchise settlement (GET /api/v1/settlements, /report, /check; GET / PUT /api/v1/settlement-rules).
export type OwnerKind = 'BRAND' | 'FRANCHISEE'

export interface Owner {
  kind: OwnerKind
  id: string
  name: string | null
}

export interface SettlementEntry {
  id: string
  kind: 'OBLIGATION' | 'REVERSAL'
  cause: 'PAID' | 'RETURNED' | 'CANCELLED'
  causeId: string
  orderId: string
  orderNumber: string
  channel: string
  lineIndex: number
  skuId: string
  skuCode: string
  placeId: string
  placeName: string | null
  storeId: string | null
  storeName: string | null
  debtor: Owner
  creditor: Owner
  quantity: number
  /** fen */
  baseAmount: number
  ratePercent: number
  /** fen, negative on a reversal */
  amount: number
  correctsId: string | null
  recordedAt: string
}

export interface PairRow {
  debtor: Owner
  creditor: Owner
  /** fen */
  owed: number
  owedBack: number
  net: number
  entries: number
}

export interface SettlementReport {
  from: string
  to: string
  timeZone: string
  pairs: PairRow[]
  entries: number
}

export interface SettlementDifference {
  orderId: string
  orderNumber: string
  lineIndex: number
  expectedQuantity: number
  recordedQuantity: number
  expectedAmount: number
  recordedAmount: number
}

export interface SettlementReconciliation {
  from: string | null
  to: string | null
  orderId: string | null
  ordersChecked: number
  checkedAt: string
  differences: SettlementDifference[]
}

export interface SettlementRule {
  ratePercent: number
  version: number
}
