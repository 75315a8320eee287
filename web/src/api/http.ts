// Thin fetch wrapper for the OneShelf API:
//  - Authorization: Bearer <access token>
//  - Idempotency-Key on every POST/PUT outside /api/v1/auth/*
//  - on 401: one refresh (shared between concurrent callers), then one retry; else the session is dropped
//  - errors surface as ApiError (with an RFC 9457 problem) or NetworkError (no response at all)
import type { Page, Problem, TokenResponse } from './types'
import {
  accessTokenExpiring,
  clearTokens,
  getAccessToken,
  getRefreshToken,
  storeTokens,
} from '../auth/tokens'
import { newUuid } from '../utils/uuid'

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  readonly retryAfter: number | null

  constructor(status: number, problem: Problem, retryAfter: number | null) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }
}

/** The request never got an HTTP response (offline, server down, CORS, aborted). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'NetworkError'
  }
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Idempotency key for this submission; generated when absent (POST/PUT only). */
  idempotencyKey?: string
  /** Send the bearer token (default true). */
  auth?: boolean
  /** Refresh the access token when needed and retry once after a 401 (default: same as auth). */
  refresh?: boolean
  /** A multipart body (file uploads); the browser sets its Content-Type with the boundary. */
  form?: FormData
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'

let authLostHandler: (() => void) | null = null
let languageProvider: () => string = () => 'zh-CN'

/** Called when the session cannot be recovered (refresh failed / no refresh token). */
export function onAuthLost(handler: () => void): void {
  authLostHandler = handler
}

export function setLanguageProvider(p: () => string): void {
  languageProvider = p
}

const AUTH_PREFIX = '/api/v1/auth/'

function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    params.append(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null
  const secs = Number(value)
  if (Number.isFinite(secs)) return Math.max(0, Math.ceil(secs))
  const date = Date.parse(value)
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000))
  return null
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204 || res.status === 205) return undefined
  const text = await res.text()
  if (!text) return undefined
  const ct = res.headers.get('content-type') || ''
  if (ct.includes('json')) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown
  try {
    body = await readBody(res)
  } catch {
    body = undefined
  }
  let problem: Problem
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    problem = body as Problem
  } else {
    problem = {
      title: res.statusText || `HTTP ${res.status}`,
      status: res.status,
      detail: typeof body === 'string' && body.length < 300 ? body : undefined,
    }
  }
  if (problem.status === undefined) problem.status = res.status
  return new ApiError(res.status, problem, parseRetryAfter(res.headers.get('Retry-After')))
}

let refreshInFlight: Promise<boolean> | null = null

/** Exchanges the stored refresh token for a new token pair. Concurrent callers share one request. */
export function refreshTokens(): Promise<boolean> {
  if (refreshInFlight) return refreshInFlight
  const refreshToken = getRefreshToken()
  if (!refreshToken) return Promise.resolve(false)
  refreshInFlight = (async () => {
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      })
      if (!res.ok) {
        // A network-level failure keeps the tokens (could be transient); a rejection drops them.
        if (res.status === 400 || res.status === 401 || res.status === 403) clearTokens()
        return false
      }
      storeTokens((await res.json()) as TokenResponse)
      return true
    } catch {
      return false
    } finally {
      refreshInFlight = null
    }
  })()
  return refreshInFlight
}

export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await exchange(method, path, opts)
  return (await readBody(res)) as T
}

/** Sends the request (token, idempotency key, one refresh and retry on 401); throws unless the answer is 2xx. */
async function exchange(method: Method, path: string, opts: RequestOptions): Promise<Response> {
  const useAuth = opts.auth !== false
  const useRefresh = useAuth && opts.refresh !== false
  const needsKey = (method === 'POST' || method === 'PUT') && !path.startsWith(AUTH_PREFIX)
  const idempotencyKey = needsKey ? (opts.idempotencyKey ?? newUuid()) : undefined
  const url = buildUrl(path, opts.query)

  if (useRefresh && accessTokenExpiring() && getRefreshToken()) {
    await refreshTokens()
  }

  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': languageProvider(),
    }
    // a FormData body (file upload) sets its own multipart Content-Type with the boundary
    const form = opts.form ?? (opts.body instanceof FormData ? opts.body : undefined)
    if (opts.body !== undefined && !form) headers['Content-Type'] = 'application/json'
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey
    const token = useAuth ? getAccessToken() : null
    if (token) headers['Authorization'] = `Bearer ${token}`
    try {
      return await fetch(url, {
        method,
        headers,
        body: form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      })
    } catch (e) {
      throw new NetworkError(e)
    }
  }

  let res = await send()
  if (res.status === 401 && useRefresh) {
    const refreshed = await refreshTokens()
    if (refreshed) {
      res = await send() // same Idempotency-Key: it is the same submission
    }
    if (res.status === 401) {
      const err = await toApiError(res)
      clearTokens()
      authLostHandler?.()
      throw err
    }
  }
  if (!res.ok) throw await toApiError(res)
  return res
}

/** The file name a download answer suggests (RFC 6266, UTF-8 form first). */
function fileNameOf(res: Response, fallback: string): string {
  const disposition = res.headers.get('content-disposition') || ''
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (utf8) return decodeURIComponent(utf8[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1] : fallback
}

/** GETs a file with the bearer token and hands it to the browser as a download. */
export async function download(path: string, query: Query = {}, fallbackName = 'download'): Promise<void> {
  const res = await exchange('GET', path, { query })
  const blob = await res.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileNameOf(res, fallbackName)
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** GETs a file (a picture, a PDF) with the bearer token, as a blob for an object URL. */
export async function fetchBlob(path: string, query: Query = {}): Promise<Blob> {
  const res = await exchange('GET', path, { query })
  return res.blob()
}

/** POSTs one file as the multipart part {@code file}. */
export function upload<T>(path: string, file: File, idempotencyKey?: string): Promise<T> {
  const form = new FormData()
  form.append('file', file, file.name)
  return request<T>('POST', path, { form, idempotencyKey })
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, { body: body ?? {}, idempotencyKey }),
  put: <T>(path: string, body: unknown, idempotencyKey?: string) =>
    request<T>('PUT', path, { body, idempotencyKey }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data POST (file uploads); the same FormData is re-sent on the retry after a 401 */
  upload: <T>(path: string, form: FormData, idempotencyKey?: string) =>
    request<T>('POST', path, { body: form, idempotencyKey }),
}

/** Fetches every page of a cursor-paginated list (used for small lookup lists such as regions). */
export async function getAll<T>(path: string, query: Query = {}, maxPages = 20): Promise<T[]> {
  const out: T[] = []
  let cursor: string | null | undefined = undefined
  for (let i = 0; i < maxPages; i++) {
    const page: Page<T> = await http.get<Page<T>>(path, { ...query, limit: 200, cursor })
    out.push(...(page.items ?? []))
    cursor = page.nextCursor
    if (!cursor) break
  }
  return out
}
