// The brand's automatic promotions applied on the device while the server cannot be reached, with the terms the
// till snapshot carries: the same rules and stacking as the server's checkout (promotion/rule/AutomaticPromotions),
// so that a sale made offline costs what the server would have charged (else it syncs as a PRICE_CHANGED conflict).
// Pure: no Vue, no IndexedDB — lines and terms in, discounts per line out, all in fen.
import type { PromotionTerms } from '../types'

export interface PromoLine {
  skuId: string
  /** the SKU's categories and every category above them */
  categoryIds: string[]
  unitPrice: number
  quantity: number
  /** the cashier's hand discount, taken before promotions (as the server does) */
  handDiscountFen: number
}

export interface AppliedPromotion {
  id: string
  name: string
  amount: number
}

export interface PromoResult {
  /** the promotions' discount on each line, in the lines' order */
  lineDiscounts: number[]
  /** the promotions that gave something, in the order they were applied */
  applied: AppliedPromotion[]
  total: number
}

/** Whether the promotion runs at {@code at}: from its start until before its end. */
function running(p: PromotionTerms, at: Date): boolean {
  return Date.parse(p.startsAt) <= at.getTime() && at.getTime() < Date.parse(p.endsAt)
}

/** A line is covered by the SKUs or the categories the promotion names; naming neither covers every line. */
function covers(p: PromotionTerms, l: PromoLine): boolean {
  if (!p.skuIds.length && !p.categoryIds.length) return true
  return p.skuIds.includes(l.skuId) || l.categoryIds.some((c) => p.categoryIds.includes(c))
}

/**
 * Divides {@code amount} over {@code weights} to the fen by the largest remainder (the earlier on a tie), as the
 * server's Apportionment: the shares sum to the amount and none exceeds its weight.
 */
export function apportion(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  if (amount <= 0 || sum <= 0) return weights.map(() => 0)
  // BigInt: amount × weight may pass 2^53 for large baskets
  const shares = weights.map((w) => Number((BigInt(amount) * BigInt(w)) / BigInt(sum)))
  const remainders = weights.map((w) => Number((BigInt(amount) * BigInt(w)) % BigInt(sum)))
  for (let left = amount - shares.reduce((s, x) => s + x, 0); left > 0; left--) {
    let best = 0
    for (let i = 1; i < remainders.length; i++) if (remainders[i]! > remainders[best]!) best = i
    shares[best]!++
    remainders[best] = -1
  }
  return shares
}

/**
 * Applies the running promotions to the lines, highest priority first (the snapshot lists them in the server's
 * stacking order), each to what the earlier ones left payable; an exclusive one only while none has given
 * anything, and once it gives, no other follows. 满减 takes its highest reached tier off the covered lines
 * together, apportioned by their payable amounts; percent off rounds each line down to the fen; buy X get Y
 * makes the cheapest covered units free.
 */
export function applyPromotions(lines: PromoLine[], promotions: PromotionTerms[], at: Date): PromoResult {
  const payable = lines.map((l) => Math.max(0, l.unitPrice * l.quantity - l.handDiscountFen))
  const lineDiscounts = lines.map(() => 0)
  const applied: AppliedPromotion[] = []
  const take = (i: number, fen: number): number => {
    const taken = Math.min(Math.max(fen, 0), payable[i]!)
    payable[i]! -= taken
    lineDiscounts[i]! += taken
    return taken
  }
  for (const p of promotions.filter((x) => running(x, at))) {
    if (p.exclusive && applied.length) continue
    const covered = lines.map((l, i) => (covers(p, l) ? i : -1)).filter((i) => i >= 0)
    let gave = 0
    if (p.kind === 'FULL_REDUCTION') {
      const spent = covered.reduce((s, i) => s + payable[i]!, 0)
      const off = Math.max(0, ...p.tiers.filter((t) => spent >= t.threshold).map((t) => t.off))
      const over = covered.filter((i) => payable[i]! > 0)
      const shares = apportion(Math.min(off, spent), over.map((i) => payable[i]!))
      over.forEach((i, k) => (gave += take(i, shares[k]!)))
    } else if (p.kind === 'PERCENT_OFF') {
      for (const i of covered) gave += take(i, Math.floor((payable[i]! * (p.percentOff ?? 0)) / 100))
    } else if (p.kind === 'BUY_X_GET_Y' && p.buy && p.get) {
      const units = covered.reduce((s, i) => s + lines[i]!.quantity, 0)
      let free = Math.floor(units / (p.buy + p.get)) * p.get
      const cheapest = [...covered].sort((a, b) => lines[a]!.unitPrice - lines[b]!.unitPrice || a - b)
      for (const i of cheapest) {
        if (free === 0) break
        const here = Math.min(free, lines[i]!.quantity)
        gave += take(i, here * lines[i]!.unitPrice)
        free -= here
      }
    }
    if (gave > 0) applied.push({ id: p.id, name: p.name, amount: gave })
    if (p.exclusive && gave > 0) break
  }
  return { lineDiscounts, applied, total: lineDiscounts.reduce((s, x) => s + x, 0) }
}
