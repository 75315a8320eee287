// Organisation API types: brand settings, regions, franchisees, stores, warehouses, staff and API clients.
import type { Role, Scope } from '../api/types'

export const STORE_KINDS = ['DIRECT', 'FRANCHISED'] as const
export type StoreKind = (typeof STORE_KINDS)[number]

export const STORE_STATUSES = ['OPEN', 'CLOSED'] as const
export type StoreStatus = (typeof STORE_STATUSES)[number]

export const WAREHOUSE_STATUSES = ['ACTIVE', 'CLOSED'] as const
export type WarehouseStatus = (typeof WAREHOUSE_STATUSES)[number]

export const STAFF_STATUSES = ['ACTIVE', 'DISABLED'] as const
export type StaffStatus = (typeof STAFF_STATUSES)[number]

export const API_CLIENT_STATUSES = ['ACTIVE', 'REVOKED'] as const
export type ApiClientStatus = (typeof API_CLIENT_STATUSES)[number]

/** The languages the server writes its messages in; a brand's default is one of them. */
export const BRAND_LANGUAGES = ['zh-CN', 'en'] as const
export type BrandLanguage = (typeof BRAND_LANGUAGES)[number]

/** GET /api/v1/brand: the caller's own brand and its settings. */
export interface BrandSettings {
  id: string
  code: string
  name: string
  currency: string
  timeZone: string
  defaultLanguage: BrandLanguage
}

export interface Region {
  id: string
  code: string
  name: string
}

export interface Franchisee {
  id: string
  code: string
  name: string
  contactName: string | null
  contactPhone: string | null
}

export interface Store {
  id: string
  code: string
  name: string
  kind: StoreKind
  regionId: string | null
  regionName: string | null
  franchiseeId: string | null
  franchiseeName: string | null
  address: string | null
  latitude: number | null
  longitude: number | null
  opensAt: string | null
  closesAt: string | null
  phone: string | null
  status: StoreStatus
  closedReason?: string | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface Warehouse {
  id: string
  code: string
  name: string
  regionId: string | null
  regionName: string | null
  address: string | null
  latitude: number | null
  longitude: number | null
  status: WarehouseStatus
  version: number
  createdAt: string
  updatedAt: string
}

export interface Staff {
  id: string
  login: string
  displayName: string
  phone: string | null
  role: Role
  scope: Scope
  status: StaffStatus
  /** Sent back with a role change; a stale one is refused (409 on `version`). */
  version: number
  createdAt: string
  lastLoginAt: string | null
}

export interface CreatedStaff extends Staff {
  initialPassword?: string | null
}

export interface ApiClient {
  id: string
  name: string
  keyId: string
  role: Role
  scope: Scope
  status: ApiClientStatus
  createdAt: string
  lastUsedAt: string | null
}

export interface CreatedApiClient extends ApiClient {
  secret: string
}
