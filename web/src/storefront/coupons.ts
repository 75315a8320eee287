// The customer's coupons in the shop (GET /me/coupons), the coupons they may claim (GET /coupon-templates) and
// claiming one (POST /coupon-templates/{id}/claim); money in fen.
import { json } from './api'
import type { Page } from './types'

export type CouponKind = 'AMOUNT_OFF' | 'PERCENT_OFF' | 'FREE_SHIPPING'

export interface ShopCoupon {
  id: string
  templateId: string
  name: string
  kind: CouponKind
  amountOff: number | null
  percentOff: number | null
  maxOff: number | null
  threshold: number
  status: 'AVAILABLE' | 'USED'
  validFrom: string
  validTo: string
  orderId: string | null
}

export interface ClaimableCoupon {
  id: string
  name: string
  kind: CouponKind
  amountOff: number | null
  percentOff: number | null
  maxOff: number | null
  threshold: number
  validFrom: string | null
  validTo: string | null
  validDays: number | null
  totalLimit: number | null
  issued: number
}

export function couponApi(brand: string) {
  return {
    mine: () => json<ShopCoupon[]>(brand, 'GET', '/me/coupons'),
    claimable: () => json<Page<ClaimableCoupon>>(brand, 'GET', '/coupon-templates', { query: { limit: 50 } }),
    claim: (templateId: string, key: string) =>
      json<ShopCoupon>(brand, 'POST', `/coupon-templates/${templateId}/claim`, { body: {}, key }),
  }
}

/** Whether the coupon can be used now (available and in its validity). */
export function usableNow(c: ShopCoupon, now = new Date()): boolean {
  return c.status === 'AVAILABLE' && new Date(c.validFrom) <= now && now < new Date(c.validTo)
}
