// Inventory API types: stock locations, balances and movements, transfers, replenishment and stocktakes.

export const MOVEMENT_KINDS = [
  'RECEIPT',
  'SALE',
  'RETURN',
  'ADJUSTMENT',
  'TRANSFER_OUT',
  'TRANSFER_IN',
  'STOCKTAKE',
  'RESERVE',
  'RELEASE',
] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

export interface StockLocation {
  placeId: string
  kind: 'STORE' | 'WAREHOUSE' | string
  code: string
  name: string
  sharedWithOnline: boolean
  safetyStock: number
  configured: boolean
}

export interface StockBalance {
  id: string
  skuId: string
  skuCode?: string | null
  skuName?: string | null
  locationId: string
  locationName?: string | null
  onHand: number
  reserved: number
  safetyStock: number
  available: number
  version: number
  updatedAt: string
}

export interface StockMovement {
  id: string
  skuId: string
  locationId: string
  kind: MovementKind
  onHandDelta: number
  reservedDelta: number
  actorId: string | null
  actorName: string | null
  reason: string | null
  reference: string | null
  reservationId: string | null
  correctsId: string | null
  occurredAt: string
}

export interface StockDifference {
  skuId: string
  locationId: string
  onHand: number
  reserved: number
  ledgerOnHand: number
  ledgerReserved: number
}

export interface Reconciliation {
  locationId: string | null
  skuId: string | null
  balancesChecked: number
  movementsInCheckpoints: number
  checkpointAt: string | null
  movementsSinceCheckpoint: number
  checkedAt: string
  lastFullVerificationAt: string | null
  differences: StockDifference[]
}

export interface LedgerFinding extends StockDifference {
  subject: 'BALANCE' | 'CHECKPOINT'
}

export interface LedgerVerification {
  id: string
  status: 'RUNNING' | 'DONE'
  requestedBy: string
  balancesTotal: number
  balancesDone: number
  movementsRead: number
  differences: number
  startedAt: string
  finishedAt: string | null
  findings: LedgerFinding[]
}

export interface OnlineStock {
  skuId: string
  onlineSellable: number
  places: { placeId: string; kind: string; code: string; name: string; sharedWithOnline: boolean; available: number }[]
}

export const TRANSFER_STATUSES = ['REQUESTED', 'SHIPPED', 'RECEIVED', 'CANCELLED'] as const
export type TransferStatus = (typeof TRANSFER_STATUSES)[number]

export interface TransferLine {
  skuId: string
  requested: number
  shipped: number | null
  received: number | null
  discrepancy: number | null
}

export interface Transfer {
  id: string
  reference: string | null
  fromPlaceId: string
  toPlaceId: string
  status: TransferStatus
  notes: string | null
  lines: TransferLine[]
  requestedBy: string | null
  version: number
  createdAt: string
  updatedAt: string
  shippedAt: string | null
  receivedAt: string | null
  cancelledAt: string | null
  inTransit: number
  discrepancies: TransferLine[]
}

export const REPLENISHMENT_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED'] as const
export type ReplenishmentStatus = (typeof REPLENISHMENT_STATUSES)[number]

export interface ReplenishmentLine {
  skuId: string
  requested: number
  approved: number | null
}

export interface ReplenishmentOrder {
  id: string
  reference: string | null
  storeId: string
  warehouseId: string | null
  status: ReplenishmentStatus
  note: string | null
  lines: ReplenishmentLine[]
  rejectReason: string | null
  transferId: string | null
  transferStatus: string | null
  requestedBy: string | null
  decidedBy: string | null
  version: number
  createdAt: string
  updatedAt: string
  decidedAt: string | null
}

export const STOCKTAKE_STATUSES = ['OPEN', 'POSTED', 'CANCELLED'] as const
export type StocktakeStatus = (typeof STOCKTAKE_STATUSES)[number]

export interface StocktakeLine {
  skuId: string
  skuCode: string | null
  skuName: string | null
  bookQuantity: number
  countedQuantity: number | null
  onHandNow: number | null
  difference: number | null
}

export interface Stocktake {
  id: string
  placeId: string
  placeName: string | null
  status: StocktakeStatus
  lineCount: number
  countedCount: number
  uncountedSkuIds: string[]
  lines: StocktakeLine[] | null
  version: number
  createdAt: string
  updatedAt: string
}
