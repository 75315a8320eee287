// Points and tiers as the API answers them (fen for money, whole points, growth as yuan paid).
export interface Tier {
  code: string
  name: string
  threshold: number
  multiplierPercent: number
  freeShipping: boolean
  birthdayPoints: number
}

export interface TierRules {
  windowMonths: number
  keepMonths: number
  tiers: Tier[]
  version: number
}

export interface CategoryRate {
  categoryId: string
  ratePercent: number
}

export interface PointsRules {
  earnPerYuan: number
  redeemPerYuan: number
  maxRedeemPercent: number
  expiryMonths: number
  categoryRates: CategoryRate[]
  version: number
}

export type PointsKind = 'EARN' | 'REVERSE' | 'REDEEM' | 'REFUND' | 'EXPIRE' | 'MERGE_OUT' | 'MERGE_IN' | 'BIRTHDAY'

export interface PointsEntry {
  id: string
  kind: PointsKind
  points: number
  amount: number
  orderId: string | null
  paymentId: string | null
  reference: string | null
  balance: number
  at: string
}

export interface CustomerPoints {
  customerId: string
  balance: number
  worth: number
  redeemPerYuan: number
  entries: { items: PointsEntry[]; nextCursor: string | null }
}

export interface Standing {
  tier: Tier | null
  growth: number
  next: Tier | null
  toNext: number
  windowMonths: number
  since: string | null
}
