// The customer's tokens, one pair per shop (brand code): a customer token works only at its own brand's shop.
import { ref } from 'vue'
import type { ShopTokens } from './types'

interface Stored {
  accessToken: string
  refreshToken: string
  /** epoch ms after which the access token is treated as expired */
  expiresAt: number
  customerId: string
}

const KEY = (brand: string) => `oneshelf.shop.${brand}.tokens`

/** Bumped on every sign-in and sign-out, so that screens showing "signed in" react. */
export const sessionVersion = ref(0)

function read(brand: string): Stored | null {
  try {
    const raw = localStorage.getItem(KEY(brand))
    return raw ? (JSON.parse(raw) as Stored) : null
  } catch {
    return null
  }
}

export function storeTokens(brand: string, t: ShopTokens): void {
  const stored: Stored = {
    accessToken: t.accessToken,
    refreshToken: t.refreshToken,
    expiresAt: Date.now() + Math.max(30, (t.expiresIn ?? 900) - 30) * 1000,
    customerId: t.customerId,
  }
  localStorage.setItem(KEY(brand), JSON.stringify(stored))
  sessionVersion.value++
}

export function clearTokens(brand: string): void {
  localStorage.removeItem(KEY(brand))
  sessionVersion.value++
}

export function accessToken(brand: string): string | null {
  return read(brand)?.accessToken ?? null
}

export function refreshToken(brand: string): string | null {
  return read(brand)?.refreshToken ?? null
}

export function expiring(brand: string): boolean {
  const s = read(brand)
  return s !== null && Date.now() >= s.expiresAt
}

export function signedIn(brand: string): boolean {
  return read(brand) !== null
}

/** The signed-in customer's id at the shop (a share link's attribution), null when nobody is signed in. */
export function customerId(brand: string): string | null {
  return read(brand)?.customerId ?? null
}
