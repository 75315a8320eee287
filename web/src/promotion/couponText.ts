// What a coupon or template gives, in words: "¥5.00 off on ¥30.00 or more".
import { formatFen } from '../utils/money'
import type { CouponKind } from './types'

export function couponGives(
  t: (key: string, args?: Record<string, unknown>) => string,
  c: {
    kind: CouponKind; amountOff: number | null; percentOff: number | null; maxOff: number | null; threshold: number
    skuName?: string | null; stackingGroup?: string | null; withPromotions?: boolean
  },
): string {
  const group = (c.stackingGroup ? ` · ${t('promotion.coupons.groupValue', { group: c.stackingGroup })}` : '')
    + (c.withPromotions === false ? ` · ${t('promotion.coupons.notWithPromotions')}` : '')
  const from = (c.threshold ? ` · ${t('promotion.coupons.threshold')} ${formatFen(c.threshold)}` : '') + group
  if (c.kind === 'FREE_SHIPPING') return t('enum.couponKind.FREE_SHIPPING') + from
  if (c.kind === 'FREE_ITEM') return t('promotion.coupons.freeItemValue', { sku: c.skuName ?? '' }) + from
  if (c.kind === 'PERCENT_OFF') {
    const cap = c.maxOff ? ` (≤ ${formatFen(c.maxOff)})` : ''
    return `${t('promotion.percentValue', { n: c.percentOff })}${cap}${from}`
  }
  return `−${formatFen(c.amountOff)}${from}`
}
