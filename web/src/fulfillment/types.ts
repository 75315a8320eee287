// Fulfilment API types: the task board (one task per shipment of a paid order) and pickups verified at the store.

export const TASK_STATUSES = ['PENDING', 'PICKED', 'PACKED', 'READY', 'HANDED_OVER', 'DISPATCHED', 'DELIVERED', 'COLLECTED', 'VOIDED'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

export const TASK_KINDS = ['EXPRESS', 'SAME_CITY', 'PICKUP'] as const
export type TaskKind = (typeof TASK_KINDS)[number]

/** The board's columns, left to right: each shows the tasks of its statuses. */
export const BOARD_COLUMNS: { key: string; statuses: TaskStatus[] }[] = [
  { key: 'pending', statuses: ['PENDING'] },
  { key: 'picked', statuses: ['PICKED'] },
  { key: 'packed', statuses: ['PACKED'] },
  { key: 'waiting', statuses: ['READY'] },
  { key: 'onTheWay', statuses: ['HANDED_OVER', 'DISPATCHED'] },
  { key: 'done', statuses: ['DELIVERED', 'COLLECTED'] },
]

export interface TaskLine {
  index: number
  skuId: string
  skuCode: string
  name: string
  specs: Record<string, string>
  quantity: number
}

export interface TaskStep {
  from: TaskStatus | null
  to: TaskStatus
  actorKind: string
  actorId: string | null
  actorName: string | null
  at: string
}

export interface FulfilmentTask {
  id: string
  orderId: string
  orderNumber: string
  kind: TaskKind
  placeId: string
  placeCode: string | null
  placeName: string | null
  status: TaskStatus
  /** The steps staff may take now, for the buttons. */
  next: TaskStatus[]
  lines: TaskLine[]
  recipient: { name: string | null; phone: string | null; address: string | null } | null
  dispatch: { carrier: string | null; trackingNumber: string | null; courierName: string | null; courierPhone: string | null }
  version: number
  createdAt: string
  updatedAt: string
  steps: TaskStep[]
}

export type PickupStatus = 'OPEN' | 'COLLECTED' | 'VOIDED'

export interface PickupLine {
  skuCode: string
  name: string
  specs: Record<string, string>
  quantity: number
  /** What the customer paid for the line, in fen. */
  payable: number
}

export interface Pickup {
  orderId: string
  orderNumber: string
  orderStatus: string | null
  storeId: string
  storeName: string | null
  code: string
  status: PickupStatus
  ready: boolean
  lines: PickupLine[]
  total: number
  /** Masked, 138****5678; null when the order has none. */
  customerPhone: string | null
  issuedAt: string
  collectedAt: string | null
  collectedByName: string | null
}

/** The path of a step's endpoint, by the status it leads to. */
export const STEP_PATHS: Partial<Record<TaskStatus, string>> = {
  PICKED: 'pick',
  PACKED: 'pack',
  READY: 'ready',
  HANDED_OVER: 'hand-over',
  DISPATCHED: 'dispatch',
  DELIVERED: 'deliver',
}

/** A typed code is six digits; anything longer is what a scanner read from the QR. */
export function presented(input: string): { code: string } | { qr: string } | null {
  const text = input.trim()
  if (!text) return null
  return /^\d{6}$/.test(text) ? { code: text } : { qr: text }
}

/** A booked order on the store's production list (decision 0035): its slot and the made-to-order lines to make. */
export interface ProductionOrder {
  orderId: string
  number: string
  status: string
  date: string
  slotId: string
  startsAt: string
  endsAt: string
  booking: 'BOOKED' | 'RELEASED' | 'MADE'
  madeAt: string | null
  makeable: boolean
  lines: { index: number; skuCode: string; name: string; specs: Record<string, string>; quantity: number }[]
}

/** A store's pickup slot: time of day, orders it takes per day, the days of the week it opens. */
export interface PickupSlot {
  id: string
  storeId: string
  startsAt: string
  endsAt: string
  capacity: number
  days: string[]
  active: boolean
  version: number
}

/** A SKU's made-to-order setting (GET /api/v1/made-to-order, decision 0035): lead time in hours, 0–720. */
export interface MadeToOrderSetting {
  skuId: string
  madeToOrder: boolean
  leadHours: number
  version: number
}

/** A row of the made-to-order screen: the setting with its SKU's code and name (`id` is the SKU's id). */
export interface MadeToOrderRow extends MadeToOrderSetting {
  id: string
  skuCode: string
  skuName: string
}
