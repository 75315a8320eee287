// Token storage: the access token lives in memory and sessionStorage (per tab),
// the refresh token in localStorage (survives a browser restart; rotated on every refresh).
import type { TokenResponse } from '../api/types'

const ACCESS_KEY = 'oneshelf.accessToken'
const ACCESS_EXP_KEY = 'oneshelf.accessTokenExpiresAt'
const REFRESH_KEY = 'oneshelf.refreshToken'

let accessToken: string | null = safeGet(sessionStorage, ACCESS_KEY)
let accessExpiresAt: number = Number(safeGet(sessionStorage, ACCESS_EXP_KEY) ?? 0) || 0

function safeGet(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key)
  } catch {
    return null
  }
}

function safeSet(storage: Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage.removeItem(key)
    else storage.setItem(key, value)
  } catch {
    /* storage unavailable (private mode etc.): memory only */
  }
}

export function getAccessToken(): string | null {
  return accessToken
}

/** True when the access token is missing or expires within the next 15 seconds. */
export function accessTokenExpiring(): boolean {
  if (!accessToken) return true
  return accessExpiresAt > 0 && Date.now() > accessExpiresAt - 15_000
}

export function getRefreshToken(): string | null {
  return safeGet(localStorage, REFRESH_KEY)
}

export function hasAnyToken(): boolean {
  return !!accessToken || !!getRefreshToken()
}

export function storeTokens(t: TokenResponse): void {
  accessToken = t.accessToken
  accessExpiresAt = t.expiresIn ? Date.now() + t.expiresIn * 1000 : 0
  safeSet(sessionStorage, ACCESS_KEY, accessToken)
  safeSet(sessionStorage, ACCESS_EXP_KEY, String(accessExpiresAt))
  if (t.refreshToken) safeSet(localStorage, REFRESH_KEY, t.refreshToken)
}

export function clearTokens(): void {
  accessToken = null
  accessExpiresAt = 0
  safeSet(sessionStorage, ACCESS_KEY, null)
  safeSet(sessionStorage, ACCESS_EXP_KEY, null)
  safeSet(localStorage, REFRESH_KEY, null)
}
