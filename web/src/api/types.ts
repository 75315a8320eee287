// Types shared by every capability: problems, pages, tokens and the signed-in user. Each capability keeps
// its own API types beside its screens (org/types.ts, catalog/types.ts, inventory/types.ts, ...).

export const ROLES = ['HQ_ADMIN', 'REGION_MANAGER', 'STORE_MANAGER', 'CASHIER', 'GUIDE', 'FINANCE'] as const
export type Role = (typeof ROLES)[number]

export const SCOPE_TYPES = ['BRAND', 'REGION', 'FRANCHISEE', 'STORE'] as const
export type ScopeType = (typeof SCOPE_TYPES)[number]

export type Permission =
  | 'store:read'
  | 'store:write'
  | 'warehouse:read'
  | 'warehouse:write'
  | 'staff:read'
  | 'staff:write'
  | 'org:read'
  | 'org:write'
  | 'api-client:manage'
  | 'audit:read'
  | 'catalog:read'
  | 'catalog:write'
  | 'price:read'
  | 'price:write'
  | 'stock:read'
  | 'stock:write'
  | 'stock:reserve'
  | 'stock:approve'
  | 'payment:read'
  | 'payment:query'
  | 'order:read'
  | 'order:write'
  | 'order:settings'
  | 'customer:read'
  | 'customer:phone'
  | 'customer:manage'
  | 'fulfillment:read'
  | 'fulfillment:write'
  | 'settlement:read'
  | 'settlement:settings'
  | 'integration:events'
  | 'integration:webhooks'
  | 'system:metrics'
  | 'wallet:read'
  | 'wallet:top-up'
  | 'wallet:settings'
  | 'pos:sell'
  | 'pos:manage'
  | 'guide:read'
  | 'guide:manage'
  | 'message:read'
  | 'guide:task'
  | 'sop:manage'

export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  [extra: string]: unknown
}

export interface Page<T> {
  items: T[]
  nextCursor?: string | null
}

/** A page of a list ordered by time: nextCursor leads on in the list's order, previousCursor back to its start. */
export interface TimePage<T> {
  items: T[]
  nextCursor?: string | null
  previousCursor?: string | null
}

export interface TokenResponse {
  accessToken: string
  tokenType: string
  expiresIn: number
  refreshToken: string
  refreshExpiresIn: number
}

export interface Scope {
  type: ScopeType
  id: string | null
  name: string | null
}

export interface Tenant {
  id: string
  name: string
  currency: string
  timeZone: string
}

export interface Me {
  id: string
  login: string
  displayName: string
  role: Role
  scope: Scope
  tenant: Tenant
  permissions: string[]
}
