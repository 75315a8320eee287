// The customer's coupons in the shop (GET /me/coupons), the coupons they may claim (GET /coupon-templates) and
// claiming one (POST /coupon-templates/{id}/claim); money in fen.
import { exchange, json } from './api'
import { formatFen } from '../utils/money'
import type { Page } from './types'

export type CouponKind = 'AMOUNT_OFF' | 'PERCENT_OFF' | 'FREE_SHIPPING' | 'FREE_ITEM'

export interface ShopCoupon {
  id: string
  /** what staff type or scan at the till */
  code: string
  templateId: string
  /** FREE_ITEM: the free SKU's name */
  skuName: string | null
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
  skuName: string | null
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
    /** A coupon's QR (its code, for the till) as an object URL (an <img> cannot send the token itself). */
    qr: async (id: string) => {
      const res = await exchange(brand, 'GET', `/me/coupons/${id}/qr.png`, { query: { size: 240 } })
      return URL.createObjectURL(await res.blob())
    },
    claim: (templateId: string, key: string) =>
      json<ShopCoupon>(brand, 'POST', `/coupon-templates/${templateId}/claim`, { body: {}, key }),
  }
}

/** Whether the coupon can be used now (available and in its validity). */
export function usableNow(c: ShopCoupon, now = new Date()): boolean {
  return c.status === 'AVAILABLE' && new Date(c.validFrom) <= now && now < new Date(c.validTo)
}

/** What a coupon gives, in words ("¥5.00 off", "Free: 珍珠奶茶 大杯"). */
export function couponGives(
  t: (key: string, args?: Record<string, unknown>) => string,
  c: { kind: CouponKind; amountOff: number | null; percentOff: number | null; maxOff: number | null; skuName?: string | null },
): string {
  if (c.kind === 'FREE_SHIPPING') return t('coupon.freeShipping')
  if (c.kind === 'FREE_ITEM') return t('coupon.freeItem', { sku: c.skuName ?? '' })
  if (c.kind === 'PERCENT_OFF') {
    const cap = c.maxOff ? ` (${t('coupon.upTo', { amount: formatFen(c.maxOff) })})` : ''
    return t('coupon.percentOff', { n: c.percentOff }) + cap
  }
  return t('coupon.amountOff', { amount: formatFen(c.amountOff) })
}
