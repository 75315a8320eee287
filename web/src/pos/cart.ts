// The sale being rung up. Online it is priced by the server's quote (the same price resolution and promotions as
// every channel); offline from the cached book/tier prices and the cached automatic promotions, applied on the
// device by the server's rules (offline/promotions.ts). Hand discounts are the cashier's, per line, within their
// limit; the server checks the limit again.
import { reactive, computed } from 'vue'
import { http } from '../api/http'
import type { Order } from '../order/types'
import { offlinePrice, offlinePromotions } from './offline/cache'
import { applyPromotions } from './offline/promotions'
import { pos } from './state'
import type { SnapshotSku } from './types'

export interface CartLine {
  skuId: string
  code: string
  name: string
  quantity: number
  /** the cashier's hand discount on the line, fen */
  discountFen: number
  /** fen per unit, from the quote or the cache */
  unitPrice: number
  /** promotions' discount on the line (from the quote) */
  promoFen: number
  /** the cached prices, for pricing offline */
  bookPrice: number | null
  tierPrices: { tierCode: string; priceFen: number }[]
  /** the SKU's categories (from the cache), for promotions of a category offline */
  categoryIds?: string[]
}

export interface CartMember {
  id: string
  name: string | null
  phone: string
  tierCode: string | null
  tierName: string | null
  points: number | null
  pointsWorth: number | null
  wallet: number | null
  coupons: { id: string; code: string; name: string }[]
}

export interface CartCoupon {
  id: string
  code: string
  name: string
}

interface CartState {
  lines: CartLine[]
  selected: number
  member: CartMember | null
  coupons: CartCoupon[]
  guideId: string | null
  /**
   * the cart's pricing: by the server's till quote, or on the device from the cache (offline, byDevice); null before
   * either. handFen: the hand discounts the pricing counted
   */
  quote: { goodsAmount: number; discountAmount: number; total: number; handFen: number; byDevice?: boolean } | null
  quoting: boolean
  quoteError: string | null
}

export const cart = reactive<CartState>({
  lines: [],
  selected: -1,
  member: null,
  coupons: [],
  guideId: null,
  quote: null,
  quoting: false,
  quoteError: null,
})

export function lineAmount(l: CartLine): number {
  return l.unitPrice * l.quantity
}

export const handDiscount = computed(() => cart.lines.reduce((s, l) => s + l.discountFen, 0))
export const goodsAmount = computed(() => cart.quote?.goodsAmount ?? cart.lines.reduce((s, l) => s + lineAmount(l), 0))
/** The promotions' and coupons' discount: the quote's, less the hand discounts it priced. */
export const promoDiscount = computed(() => (cart.quote ? cart.quote.discountAmount - cart.quote.handFen : 0))
/**
 * What the customer pays: the quote's total (it prices the hand discounts it was asked with; one changed since
 * counts until the next quote), or the cached goods amount less the hand discounts.
 */
export const cartTotal = computed(() =>
  Math.max(0, cart.quote ? cart.quote.total - (handDiscount.value - cart.quote.handFen) : goodsAmount.value - handDiscount.value),
)
export const itemCount = computed(() => cart.lines.reduce((s, l) => s + l.quantity, 0))

export function addLine(line: Omit<CartLine, 'quantity' | 'discountFen' | 'promoFen'>, quantity = 1): void {
  const at = cart.lines.findIndex((l) => l.skuId === line.skuId)
  if (at >= 0) {
    cart.lines[at]!.quantity += quantity
    cart.selected = at
  } else {
    cart.lines.push({ ...line, quantity, discountFen: 0, promoFen: 0 })
    cart.selected = cart.lines.length - 1
  }
}

export function lineFromCache(s: SnapshotSku): Omit<CartLine, 'quantity' | 'discountFen' | 'promoFen'> {
  return {
    skuId: s.skuId,
    code: s.code,
    name: s.productName && !s.name.includes(s.productName) ? `${s.productName} ${s.name}` : s.name,
    unitPrice: offlinePrice(s, cart.member?.tierCode),
    bookPrice: s.priceFen,
    tierPrices: s.tierPrices,
    categoryIds: s.categoryIds ?? [],
  }
}

export function removeLine(index: number): void {
  cart.lines.splice(index, 1)
  cart.selected = Math.min(cart.selected, cart.lines.length - 1)
}

export function clearCart(): void {
  cart.lines = []
  cart.selected = -1
  cart.member = null
  cart.coupons = []
  cart.guideId = null
  cart.quote = null
  cart.quoteError = null
}

/**
 * Prices the cart from the cache (offline): the member's tier price, else the book price, then the cached automatic
 * promotions as the server applies them (after the hand discounts). A line the cache does not price (added online
 * and not cached) keeps the unit price it had.
 */
export function priceFromCache(at: Date = new Date()): void {
  for (const l of cart.lines) {
    if (l.bookPrice === null) continue
    const tier = cart.member?.tierCode ? l.tierPrices.find((t) => t.tierCode === cart.member!.tierCode) : undefined
    l.unitPrice = tier ? tier.priceFen : l.bookPrice
  }
  const promo = applyPromotions(
    cart.lines.map((l) => ({ skuId: l.skuId, categoryIds: l.categoryIds ?? [], unitPrice: l.unitPrice, quantity: l.quantity, handDiscountFen: l.discountFen })),
    offlinePromotions(),
    at,
  )
  cart.lines.forEach((l, i) => (l.promoFen = promo.lineDiscounts[i] ?? 0))
  const goods = cart.lines.reduce((s, l) => s + lineAmount(l), 0)
  // priced as the server's quote is: the discount counts the hand discounts too, the total is after both
  const hand = handDiscount.value
  cart.quote = cart.lines.length
    ? { goodsAmount: goods, discountAmount: promo.total + hand, total: goods - promo.total - hand, handFen: hand, byDevice: true }
    : null
}

/**
 * Prices the cart by the till's quote (POST /pos/tills/{id}/quote: the sale's pipeline, hand discounts within the
 * cashier's limit, no tenders); throws what the request threw.
 */
export async function quoteCart(): Promise<void> {
  if (!pos.till || !cart.lines.length) {
    cart.quote = null
    return
  }
  const asked = cart.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity, discountFen: l.discountFen }))
  const order = await http.post<Order>(`/api/v1/pos/tills/${pos.till.id}/quote`, {
    customerId: cart.member?.id ?? null,
    guideId: cart.guideId,
    couponIds: cart.coupons.map((c) => c.id),
    lines: asked.map((l) => (l.discountFen ? l : { skuId: l.skuId, quantity: l.quantity })),
  })
  order.lines.forEach((ol, i) => {
    const l = cart.lines[i]
    if (!l || l.skuId !== ol.skuId) return
    l.unitPrice = ol.unitPrice
    // the line's discount counts the hand discount the quote was asked with: the rest is the promotions'
    l.promoFen = Math.max(0, ol.discount - (asked[i]?.discountFen ?? 0))
    if (!l.name || l.name === l.code) l.name = ol.name
  })
  const handFen = asked.reduce((s, l) => s + l.discountFen, 0)
  cart.quote = { goodsAmount: order.goodsAmount, discountAmount: order.discountAmount, total: order.total, handFen }
}

/** The most a cashier may take off a line by hand. */
export function discountLimit(l: CartLine): number {
  return Math.floor((lineAmount(l) * pos.discountLimitPercent) / 100)
}

/** What a held sale keeps: the lines, the member and coupons (repriced on recall). */
export function snapshotCart(): unknown {
  return JSON.parse(JSON.stringify({ lines: cart.lines, member: cart.member, coupons: cart.coupons, guideId: cart.guideId }))
}

export function restoreCart(saved: unknown): void {
  const s = (saved ?? {}) as Partial<CartState>
  clearCart()
  cart.lines = Array.isArray(s.lines) ? s.lines : []
  cart.member = s.member ?? null
  cart.coupons = Array.isArray(s.coupons) ? s.coupons : []
  cart.guideId = s.guideId ?? null
  cart.selected = cart.lines.length - 1
}
