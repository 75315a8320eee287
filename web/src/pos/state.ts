// The till's state on this device: the till and shift chosen (kept in localStorage, so a reload — even with the
// server down — comes back to the same counter), whether the server answers, and how many sales wait to sync.
import { reactive } from 'vue'
import type { OfflineSettings, Shift, Till } from './types'

const TILL_KEY = 'oneshelf.pos.till'
const SHIFT_KEY = 'oneshelf.pos.shift'
const ME_KEY = 'oneshelf.pos.me'

function load<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key)
    return text ? (JSON.parse(text) as T) : null
  } catch {
    return null
  }
}

function save(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    /* storage unavailable: memory only */
  }
}

export interface Cashier {
  id: string
  name: string
  role: string
  permissions: string[]
}

interface PosState {
  till: Till | null
  shift: Shift | null
  cashier: Cashier | null
  online: boolean
  queueLength: number
  syncing: boolean
  /** the server's refusal of the last sync (the queue stays until it is answered) */
  syncError: string | null
  discountLimitPercent: number
  settings: OfflineSettings
  tiers: { code: string; name: string }[]
  cacheAsOf: string | null
}

/** Hand discounts a role may give (percent of a line), as the contract sets them; the snapshot's word wins. */
const ROLE_LIMITS: Record<string, number> = { CASHIER: 10, STORE_MANAGER: 30, REGION_MANAGER: 50, HQ_ADMIN: 100 }

export const pos = reactive<PosState>({
  till: load<Till>(TILL_KEY),
  shift: load<Shift>(SHIFT_KEY),
  cashier: load<Cashier>(ME_KEY),
  online: true,
  queueLength: 0,
  syncing: false,
  syncError: null,
  discountLimitPercent: ROLE_LIMITS[load<Cashier>(ME_KEY)?.role ?? ''] ?? 0,
  settings: { maxOfflineHours: 24, maxOfflineAmountFen: 5_000_000 },
  tiers: [],
  cacheAsOf: null,
})

export function setTill(till: Till | null): void {
  pos.till = till
  save(TILL_KEY, till)
}

export function setShift(shift: Shift | null): void {
  pos.shift = shift
  save(SHIFT_KEY, shift)
}

export function setCashier(c: Cashier | null): void {
  pos.cashier = c
  if (c) pos.discountLimitPercent = ROLE_LIMITS[c.role] ?? 0
  save(ME_KEY, c)
}

export function forgetCounter(): void {
  setTill(null)
  setShift(null)
  setCashier(null)
}
