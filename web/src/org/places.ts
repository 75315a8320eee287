// Stores and warehouses are both places: one list screen and one form serve both, told apart by this spec.
// Hooks and messages are named after the kind (`store-create`, `warehouses-table`, `store.title`, ...).
import type { Permission } from '../api/types'
import { STORE_STATUSES, WAREHOUSE_STATUSES, type Store, type Warehouse } from './types'

export type PlaceKind = 'store' | 'warehouse'

/** A store or a warehouse; the store-only fields are absent on a warehouse. */
export type Place = Warehouse & Partial<Omit<Store, keyof Warehouse>> & { status: string }

export interface PlaceSpec {
  kind: PlaceKind
  /** API collection, e.g. /api/v1/stores. */
  path: string
  /** Hook and message prefix: `store` → `store-create`, `stores-table`, `store.title`. */
  hook: PlaceKind
  statuses: readonly string[]
  statusGroup: 'storeStatus' | 'warehouseStatus'
  /** The status in which a place can be closed. */
  openStatus: string
  readPermission: Permission
  writePermission: Permission
  /** Store-only: kind and franchisee, opening hours and phone, reopening after a close. */
  isStore: boolean
}

export const PLACE_SPECS: Record<PlaceKind, PlaceSpec> = {
  store: {
    kind: 'store',
    path: '/api/v1/stores',
    hook: 'store',
    statuses: STORE_STATUSES,
    statusGroup: 'storeStatus',
    openStatus: 'OPEN',
    readPermission: 'store:read',
    writePermission: 'store:write',
    isStore: true,
  },
  warehouse: {
    kind: 'warehouse',
    path: '/api/v1/warehouses',
    hook: 'warehouse',
    statuses: WAREHOUSE_STATUSES,
    statusGroup: 'warehouseStatus',
    openStatus: 'ACTIVE',
    readPermission: 'warehouse:read',
    writePermission: 'warehouse:write',
    isStore: false,
  },
}
