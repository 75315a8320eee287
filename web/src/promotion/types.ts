// Automatic promotions (GET/POST /api/v1/promotions, GET/PUT /api/v1/promotions/{id}); money in fen.
export const PROMOTION_KINDS = ['FULL_REDUCTION', 'PERCENT_OFF', 'BUY_X_GET_Y'] as const
export type PromotionKind = (typeof PROMOTION_KINDS)[number]
export const ORDER_CHANNELS = ['ONLINE', 'POS', 'GUIDE'] as const
export type OrderChannel = (typeof ORDER_CHANNELS)[number]

/** Spend at least `threshold` fen, save `off` fen. */
export interface Tier {
  threshold: number
  off: number
}

export interface PromotionEdit {
  name: string
  kind: PromotionKind
  tiers: Tier[]
  percentOff: number | null
  buy: number | null
  get: number | null
  skuIds: string[]
  categoryIds: string[]
  channels: OrderChannel[]
  storeIds: string[]
  startsAt: string
  endsAt: string
  priority: number
  exclusive: boolean
  active: boolean
  version?: number
}

export interface Promotion extends PromotionEdit {
  id: string
  version: number
  createdAt: string
  updatedAt: string
}

/** Which rule gave what on a quote or an order. */
export interface OrderDiscount {
  kind: string
  ruleId: string | null
  name: string
  /** fen */
  amount: number
  target: 'LINES' | 'BASKET' | 'SHIPPING'
}

/** The part of an order quote the preview shows. */
export interface Quote {
  goodsAmount: number
  discountAmount: number
  shippingFee: number
  total: number
  lines: { index: number; skuCode: string; name: string; quantity: number; amount: number; discount: number }[]
  discounts: OrderDiscount[]
}

/** Whether a promotion runs now (active and in its window). */
export function runsNow(p: Promotion, now = new Date()): boolean {
  return p.active && new Date(p.startsAt) <= now && now < new Date(p.endsAt)
}

// Coupons (GET/POST /api/v1/coupon-templates, PUT /{id}, POST /{id}/issue, GET /api/v1/coupons?customerId=).
export const COUPON_KINDS = ['AMOUNT_OFF', 'PERCENT_OFF', 'FREE_SHIPPING', 'FREE_ITEM'] as const
export type CouponKind = (typeof COUPON_KINDS)[number]

export interface CouponTemplateEdit {
  name: string
  kind: CouponKind
  amountOff: number | null
  percentOff: number | null
  maxOff: number | null
  /** FREE_ITEM: the SKU one unit of which is free */
  skuId: string | null
  /** coupons of one group never go on one order together; null: stacks with any */
  stackingGroup: string | null
  /** false: not on an order an automatic promotion discounted */
  withPromotions: boolean
  threshold: number
  validFrom: string | null
  validTo: string | null
  validDays: number | null
  perMember: number
  totalLimit: number | null
  channels: OrderChannel[]
  storeIds: string[]
  claimable: boolean
  returnOnRefund: boolean
  active: boolean
  version?: number
}

export interface CouponTemplate extends CouponTemplateEdit {
  id: string
  skuName: string | null
  issued: number
  version: number
}

export interface Coupon {
  id: string
  /** what staff type or scan at the till */
  code: string
  templateId: string
  skuId: string | null
  skuName: string | null
  stackingGroup: string | null
  name: string
  kind: CouponKind
  amountOff: number | null
  percentOff: number | null
  maxOff: number | null
  threshold: number
  customerId: string
  status: 'AVAILABLE' | 'USED'
  source: 'CLAIMED' | 'ISSUED'
  validFrom: string
  validTo: string
  orderId: string | null
  issuedAt: string
  usedAt: string | null
}

/** POST /api/v1/coupon-templates/{id}/issue-to-audience: who got one and who was skipped, and why. */
export interface AudienceOutcome {
  audienceKind: 'SEGMENT' | 'TAG'
  audience: string
  customers: number
  issued: number
  skipped: number
  skippedBecause: Partial<Record<'MEMBER_LIMIT' | 'SOLD_OUT', number>>
}
