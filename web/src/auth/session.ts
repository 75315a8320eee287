// The signed-in user's session: tokens (see tokens.ts) plus the /me profile.
import { reactive, readonly } from 'vue'
import { request, http } from '../api/http'
import type { Me, TokenResponse } from '../api/types'
import { clearTokens, getRefreshToken, hasAnyToken, storeTokens } from './tokens'

interface SessionState {
  me: Me | null
}

const state = reactive<SessionState>({ me: null })

export const session = readonly(state)

export function isSignedIn(): boolean {
  return state.me !== null
}

export function can(permission: string | undefined | null): boolean {
  if (!permission) return true
  return !!state.me?.permissions?.includes(permission)
}

export async function login(loginName: string, password: string): Promise<Me> {
  const tokens = await request<TokenResponse>('POST', '/api/v1/auth/login', {
    body: { login: loginName, password },
    auth: false,
  })
  storeTokens(tokens)
  return loadMe()
}

export async function loadMe(): Promise<Me> {
  const me = await http.get<Me>('/api/v1/me')
  state.me = me
  return me
}

/** Loads /me if we hold tokens but no profile yet. Returns false when the user must sign in. */
export async function ensureSession(): Promise<boolean> {
  if (state.me) return true
  if (!hasAnyToken()) return false
  try {
    await loadMe()
    return true
  } catch {
    return state.me !== null
  }
}

export async function logout(): Promise<void> {
  const refreshToken = getRefreshToken()
  try {
    if (refreshToken) {
      await request<void>('POST', '/api/v1/auth/logout', { body: { refreshToken }, refresh: false })
    }
  } catch {
    /* best effort: the local session is dropped regardless */
  } finally {
    dropSession()
  }
}

/** Forget everything locally (tokens + profile). */
export function dropSession(): void {
  clearTokens()
  state.me = null
}
