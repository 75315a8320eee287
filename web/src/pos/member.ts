// Member lookup at the counter: by mobile number or the member QR (its code), online through the customers API
// with tier, points, wallet and coupons; offline from the member snapshot (tier only).
import { ApiError, NetworkError, http } from '../api/http'
import type { Page } from '../api/types'
import type { Member } from '../member/types'
import type { Standing, CustomerPoints } from '../loyalty/pointsTypes'
import type { WalletBalance } from '../loyalty/types'
import type { Coupon } from '../promotion/types'
import type { CartMember } from './cart'
import { cachedMember, normalisePhone } from './offline/cache'
import { markOffline } from './offline/queue'
import { pos } from './state'

const enc = encodeURIComponent

/** The member a phone number or member code names; null when the brand has none (a phone can then register). */
export async function findMember(text: string): Promise<CartMember | null> {
  const phone = normalisePhone(text)
  try {
    const page = await http.get<Page<Member>>('/api/v1/customers', phone ? { phone } : { memberCode: text.trim() })
    const m = page.items?.[0]
    return m ? await memberDetails(m.id, m.name, m.phone) : null
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e
    markOffline()
    return offlineMember(text)
  }
}

/** Registers a new member with the phone number (the counter signs the customer up), then reads them. */
export async function registerMember(phone: string): Promise<CartMember> {
  const c = await http.post<{ id: string; name: string | null; phone: string }>('/api/v1/customers', { phone })
  return memberDetails(c.id, c.name, c.phone)
}

export async function memberDetails(id: string, name: string | null, phone: string): Promise<CartMember> {
  // a cashier may lack one of these reads: what can be read is shown, the rest stays blank
  const [standing, points, wallet, coupons] = await Promise.allSettled([
    http.get<Standing>(`/api/v1/customers/${enc(id)}/tier`),
    http.get<CustomerPoints>(`/api/v1/customers/${enc(id)}/points`),
    http.get<WalletBalance>(`/api/v1/customers/${enc(id)}/wallet`),
    http.get<Coupon[]>('/api/v1/coupons', { customerId: id }),
  ])
  const ok = <T,>(r: PromiseSettledResult<T>): T | null => (r.status === 'fulfilled' ? r.value : null)
  const tier = ok(standing)?.tier ?? null
  const now = Date.now()
  return {
    id,
    name,
    phone,
    tierCode: tier?.code ?? null,
    tierName: tier?.name ?? null,
    points: ok(points)?.balance ?? null,
    pointsWorth: ok(points)?.worth ?? null,
    wallet: ok(wallet)?.balance ?? null,
    coupons: (ok(coupons) ?? [])
      .filter((c) => c.status === 'AVAILABLE' && Date.parse(c.validFrom) <= now && now < Date.parse(c.validTo))
      .map((c) => ({ id: c.id, code: c.code, name: c.name })),
  }
}

async function offlineMember(text: string): Promise<CartMember | null> {
  const m = await cachedMember(text)
  if (!m) return null
  return {
    id: m.customerId,
    name: m.name,
    phone: m.maskedPhone,
    tierCode: m.tierCode,
    tierName: pos.tiers.find((t) => t.code === m.tierCode)?.name ?? m.tierCode,
    points: null,
    pointsWorth: null,
    wallet: null,
    coupons: [],
  }
}

export function isNotFound(e: unknown): boolean {
  return e instanceof ApiError && e.status === 404
}
