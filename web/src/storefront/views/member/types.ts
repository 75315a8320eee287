// The member centre's answers (loyalty): growth in yuan paid, points as whole points, money in fen.
import type { Page } from '../../types'

export interface MemberTier {
  code: string
  name: string
  threshold: number
  multiplierPercent: number
  freeShipping: boolean
  birthdayPoints: number
}

export interface Membership {
  tier: { tier: MemberTier | null; growth: number; next: MemberTier | null; toNext: number; windowMonths: number }
  points: number
  worth: number
  redeemPerYuan: number
  maxRedeemPercent: number
}

export interface PointsEntry {
  id: string
  kind: 'EARN' | 'REVERSE' | 'REDEEM' | 'REFUND' | 'EXPIRE' | 'MERGE_OUT' | 'MERGE_IN' | 'BIRTHDAY'
  points: number
  amount: number
  balance: number
  at: string
}

export interface ShopPoints {
  balance: number
  worth: number
  entries: Page<PointsEntry>
}

/** A birthday: month and day; the year only if the customer told it. */
export interface Birthday {
  month: number
  day: number
  year?: number | null
}
