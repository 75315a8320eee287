// The storefront's API client: the customer token of the shop in the path, one refresh and retry on 401,
// an Idempotency-Key on every POST and PUT, and problem+json errors as ShopError (errors[].field for the form).
import { newUuid } from '../utils/uuid'
import * as session from './session'
import type {
  Cart,
  MadeToOrder,
  SlotDay,
  OrderReturn,
  Page,
  PickupPass,
  ProductCard,
  ProductPage,
  ShopAddress,
  ShopCategory,
  ShopOrder,
  ShopPayment,
  ShopShipment,
  ShopStore,
  ShopTokens,
  ShopVoucher,
} from './types'

export interface FieldProblem {
  field?: string
  message?: string
  code?: string
}

export class ShopError extends Error {
  readonly status: number
  readonly errors: FieldProblem[]
  /** seconds to wait before asking again (429), from Retry-After */
  readonly retryAfter: number | null

  constructor(
    status: number,
    problem: { title?: string; detail?: string; errors?: FieldProblem[] },
    retryAfter: number | null = null,
  ) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.status = status
    this.errors = problem.errors ?? []
    this.retryAfter = retryAfter
  }

  /** The message about one field (errors next to the field at fault); undefined when none names it. */
  about(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field?.endsWith(`.${field}`))?.message
  }
}

/** Raised when the customer must sign in (no token, or it could not be refreshed). */
export class SignInNeeded extends Error {
  constructor() {
    super('sign-in needed')
  }
}

let language: () => string = () => 'zh-CN'
let signInNeeded: (brand: string) => void = () => undefined

export function setLanguage(provider: () => string): void {
  language = provider
}

export function onSignInNeeded(handler: (brand: string) => void): void {
  signInNeeded = handler
}

const refreshing = new Map<string, Promise<boolean>>()

function refresh(brand: string): Promise<boolean> {
  const running = refreshing.get(brand)
  if (running) return running
  const token = session.refreshToken(brand)
  if (!token) return Promise.resolve(false)
  const done = (async () => {
    try {
      const res = await fetch(`/api/v1/shop/${encodeURIComponent(brand)}/token/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: token }),
      })
      if (!res.ok) {
        if (res.status === 400 || res.status === 401) session.clearTokens(brand)
        return false
      }
      session.storeTokens(brand, (await res.json()) as ShopTokens)
      return true
    } catch {
      return false
    } finally {
      refreshing.delete(brand)
    }
  })()
  refreshing.set(brand, done)
  return done
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface Options {
  body?: unknown
  query?: Record<string, string | number | null | undefined>
  /** anonymous calls (browsing, signing in) send no token */
  anonymous?: boolean
  key?: string
  /** more request headers (e.g. the device id a bargain's help names) */
  headers?: Record<string, string>
}

export async function exchange(brand: string, method: Method, tail: string, opts: Options = {}): Promise<Response> {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(opts.query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.append(k, String(v))
  }
  const qs = params.toString()
  const url = `/api/v1/shop/${encodeURIComponent(brand)}${tail}${qs ? `?${qs}` : ''}`
  const key = method === 'GET' ? undefined : (opts.key ?? newUuid())
  if (!opts.anonymous && session.expiring(brand)) await refresh(brand)
  const send = () => {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': language(),
    }
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
    if (key && !opts.anonymous) headers['Idempotency-Key'] = key
    const token = opts.anonymous ? null : session.accessToken(brand)
    if (token) headers.Authorization = `Bearer ${token}`
    Object.assign(headers, opts.headers ?? {})
    return fetch(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
  }
  if (!opts.anonymous && !session.accessToken(brand)) {
    signInNeeded(brand)
    throw new SignInNeeded()
  }
  let res = await send()
  if (res.status === 401 && !opts.anonymous) {
    if (await refresh(brand)) res = await send()
    if (res.status === 401) {
      session.clearTokens(brand)
      signInNeeded(brand)
      throw new SignInNeeded()
    }
  }
  if (!res.ok) {
    let problem: { title?: string; detail?: string; errors?: FieldProblem[] } = {}
    try {
      problem = (await res.json()) as typeof problem
    } catch {
      problem = { title: res.statusText }
    }
    const wait = Number(res.headers.get('Retry-After'))
    throw new ShopError(res.status, problem, Number.isFinite(wait) && wait > 0 ? Math.ceil(wait) : null)
  }
  return res
}

export async function json<T>(brand: string, method: Method, tail: string, opts: Options = {}): Promise<T> {
  const res = await exchange(brand, method, tail, opts)
  if (res.status === 204) return undefined as T
  return (await res.json()) as T
}

/** One consent answer (PIPL). */
export interface ShopConsent {
  purpose: 'MARKETING' | 'PROFILING'
  channel: 'SMS' | 'WECHAT' | 'EMAIL' | 'APP'
  granted: boolean
  source: string
  recordedAt: string
}

/** The calls of one shop. */
export function shopApi(brand: string) {
  return {
    categories: () => json<ShopCategory[]>(brand, 'GET', '/categories', { anonymous: true }),
    products: (query: { q?: string; categoryId?: string; cursor?: string | null; limit?: number }) =>
      json<Page<ProductCard>>(brand, 'GET', '/products', { anonymous: true, query }),
    product: (id: string, near?: { latitude: number; longitude: number }) =>
      json<ProductPage>(brand, 'GET', `/products/${id}`, { anonymous: true, query: near ?? {} }),
    stores: (near?: { latitude: number; longitude: number }) =>
      json<ShopStore[]>(brand, 'GET', '/stores', { anonymous: true, query: near ?? {} }),
    madeToOrder: () => json<MadeToOrder[]>(brand, 'GET', '/made-to-order', { anonymous: true }),
    /** A store's slots with places left; bookable in time for {@code skuId} (the cart's one of longest lead time). */
    pickupSlots: (storeId: string, from: string, to: string, skuId: string | null) =>
      json<SlotDay[]>(brand, 'GET', '/pickup-slots', { anonymous: true, query: { storeId, from, to, skuId } }),
    requestCode: (phone: string) =>
      json<{ expiresInSeconds: number; resendAfterSeconds: number }>(brand, 'POST', '/sign-in/code', {
        anonymous: true,
        body: { phone },
      }),
    signIn: (phone: string, code: string) =>
      json<ShopTokens>(brand, 'POST', '/sign-in', { anonymous: true, body: { phone, code } }),
    /** WeChat sign-in with a wx.login code: tokens when the WeChat user is a customer, else a bind token. */
    wechatSignIn: (code: string) =>
      json<{ bound: boolean; tokens: ShopTokens | null; bindToken: string | null }>(brand, 'POST', '/sign-in/wechat', {
        anonymous: true,
        body: { code },
      }),
    /** Binds the phone (with its SMS code) to the WeChat user of the bind token. */
    wechatBind: (bindToken: string, phone: string, code: string) =>
      json<ShopTokens>(brand, 'POST', '/sign-in/wechat/bind', { anonymous: true, body: { bindToken, phone, code } }),
    signOut: async () => {
      const token = session.refreshToken(brand)
      session.clearTokens(brand)
      if (token) {
        await exchange(brand, 'POST', '/sign-out', { anonymous: true, body: { refreshToken: token } }).catch(
          () => undefined,
        )
      }
    },
    me: () => json<{ id: string; phone: string; name: string | null }>(brand, 'GET', '/me'),
    cart: () => json<Cart>(brand, 'GET', '/cart'),
    /** Follows a guide's share link: binds the customer to the guide if the brand's rule allows. */
    followGuide: (code: string) =>
      json<{ guideId: string | null; name: string | null }>(brand, 'POST', '/me/guide', { body: { code } }),
    addToCart: (skuId: string, quantity: number) =>
      json<Cart>(brand, 'POST', '/cart/items', { body: { skuId, quantity } }),
    setInCart: (skuId: string, quantity: number) =>
      json<Cart>(brand, 'PUT', '/cart/items', { body: { skuId, quantity } }),
    quote: (body: CheckoutBody) => json<ShopOrder>(brand, 'POST', '/checkout/quote', { body }),
    place: (body: CheckoutBody, key: string) => json<ShopOrder>(brand, 'POST', '/orders', { body, key }),
    orders: (cursor?: string | null) =>
      json<Page<ShopOrder>>(brand, 'GET', '/orders', { query: { cursor, limit: 20 } }),
    order: (id: string) => json<ShopOrder>(brand, 'GET', `/orders/${id}`),
    pay: (id: string, key: string) =>
      json<ShopPayment>(brand, 'POST', `/orders/${id}/payments`, { body: { tender: 'WECHAT_PAY' }, key }),
    cancel: (id: string) => json<ShopOrder>(brand, 'POST', `/orders/${id}/cancel`, { body: {} }),
    requestReturn: (id: string, lines: { lineIndex: number; quantity: number }[], reason: string) =>
      json<OrderReturn>(brand, 'POST', `/orders/${id}/returns`, { body: { lines, reason: reason || null } }),
    returns: (id: string) => json<OrderReturn[]>(brand, 'GET', `/orders/${id}/returns`),
    pickup: (id: string) => json<PickupPass>(brand, 'GET', `/orders/${id}/pickup`),
    /** The pickup QR as an object URL (an <img> cannot send the token itself). */
    pickupQr: async (id: string) => {
      const res = await exchange(brand, 'GET', `/orders/${id}/pickup/qr.png`, { query: { size: 320 } })
      return URL.createObjectURL(await res.blob())
    },
    vouchers: (cursor?: string | null) =>
      json<Page<ShopVoucher>>(brand, 'GET', '/me/vouchers', { query: { cursor, limit: 50 } }),
    /** A voucher's QR as an object URL (an <img> cannot send the token itself). */
    voucherQr: async (id: string) => {
      const res = await exchange(brand, 'GET', `/me/vouchers/${id}/qr.png`, { query: { size: 240 } })
      return URL.createObjectURL(await res.blob())
    },
    shipments: (id: string) => json<ShopShipment[]>(brand, 'GET', `/orders/${id}/shipments`),
    addresses: () => json<ShopAddress[]>(brand, 'GET', '/me/addresses'),
    addAddress: (body: AddressBody) => json<ShopAddress>(brand, 'POST', '/me/addresses', { body }),
    editAddress: (id: string, body: AddressBody & { version: number }) =>
      json<ShopAddress>(brand, 'PUT', `/me/addresses/${id}`, { body }),
    removeAddress: (id: string) => json<void>(brand, 'DELETE', `/me/addresses/${id}`),
    /** Consent (PIPL): the current answer per purpose and channel, and recording one. */
    consents: () => json<ShopConsent[]>(brand, 'GET', '/me/consents'),
    consent: (purpose: string, channel: string, granted: boolean) =>
      json<ShopConsent>(brand, 'PUT', '/me/consents', { body: { purpose, channel, granted } }),
    exportData: () => json<Record<string, unknown>>(brand, 'GET', '/me/export'),
    deleteMe: () => json<void>(brand, 'POST', '/me/deletion', { body: { confirm: true } }),
    /** The member card: card number and a member code valid five minutes (member centre, member QR). */
    memberCode: () => json<{ cardNumber: string; code: string; expiresAt: string }>(brand, 'GET', '/me/member-code'),
    /** The member QR of a fresh code as an object URL (an <img> cannot send the token itself). */
    memberQr: async () => {
      const res = await exchange(brand, 'GET', '/me/member-code/qr.png', { query: { size: 280 } })
      return URL.createObjectURL(await res.blob())
    },
    // the member centre: tier, progress and points (loyalty)
    membership: () => json<import('./views/member/types').Membership>(brand, 'GET', '/me/membership'),
    points: (cursor?: string | null) =>
      json<import('./views/member/types').ShopPoints>(brand, 'GET', '/me/points', { query: { cursor, limit: 20 } }),
    /** The customer's birthday (member centre): told once, the tier's birthday points come on the day. */
    birthday: async () => (await json<{ birthday: import('./views/member/types').Birthday | null }>(brand, 'GET', '/me')).birthday,
    setBirthday: (body: import('./views/member/types').Birthday, key: string) =>
      json<{ birthday: import('./views/member/types').Birthday | null }>(brand, 'PUT', '/me/birthday', { body, key }),
    /** Pays part of an unpaid order with points (amount in fen: what the points are worth). */
    payWithPoints: (id: string, amount: number, key: string) =>
      json<{ id: string; amount: number }>(brand, 'POST', `/orders/${id}/payments`, {
        body: { tender: 'POINTS', amount },
        key,
      }),
  }
}

export type ShopApi = ReturnType<typeof shopApi>

export interface CheckoutBody {
  fulfilment: 'EXPRESS' | 'SAME_CITY' | 'PICKUP' | 'VOUCHER'
  storeId?: string | null
  addressId?: string | null
  note?: string | null
  /** the pickup slot a cart of made-to-order products books at the pickup store */
  pickupSlot?: { date: string; slotId: string } | null
  /** the customer's coupons the order uses */
  couponIds?: string[] | null
  /** the code of the guide's share link the customer came through */
  guideCode?: string | null
}

export interface AddressBody {
  recipient: string
  phone: string
  province: string
  city: string
  district: string
  line: string
  latitude: number | null
  longitude: number | null
  preferred: boolean
}
