// Types mirroring the OneShelf HTTP API (JSON, camelCase).

export const ROLES = ['HQ_ADMIN', 'REGION_MANAGER', 'STORE_MANAGER', 'CASHIER', 'GUIDE', 'FINANCE'] as const
export type Role = (typeof ROLES)[number]

export const SCOPE_TYPES = ['BRAND', 'REGION', 'FRANCHISEE', 'STORE'] as const
export type ScopeType = (typeof SCOPE_TYPES)[number]

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
  | 'integration:webhooks'
  | 'system:metrics'

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

export interface AuditEvent {
  id: string
  occurredAt: string
  actorId: string | null
  actorName: string | null
  action: string
  entityType: string
  entityId: string | null
  before: unknown
  after: unknown
  requestId: string | null
}

// ---- catalog and prices ----

export const CHANNELS = ['ONLINE_MALL', 'POS', 'GUIDE', 'GROUP_BUY'] as const
export type Channel = (typeof CHANNELS)[number]

export const PRODUCT_STATUSES = ['DRAFT', 'ON_SHELF', 'OFF_SHELF'] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

export const PRICE_KINDS = ['LIST', 'TIER', 'CHANNEL', 'STORE'] as const
export type PriceKind = (typeof PRICE_KINDS)[number]

export const STORE_OVERRIDES = ['FORBIDDEN', 'WITHIN_BAND'] as const
export type StoreOverride = (typeof STORE_OVERRIDES)[number]

export interface Category {
  id: string
  parentId: string | null
  code: string
  name: string
  sortOrder: number
  version: number
  createdAt?: string
}

export interface CategoryNode extends Category {
  children: CategoryNode[]
}

export interface ProductBrand {
  id: string
  code: string
  name: string
  version: number
  createdAt: string
}

export interface SpecAttribute {
  name: string
  values: string[]
}

export interface Sku {
  id: string
  code: string
  name: string
  specs: Record<string, string>
  status: 'ACTIVE' | 'DISCONTINUED'
  barcodes: string[]
}

export interface ProductImage {
  id: string
  /** public URL, e.g. /media/images/<tenant>/<sha-256>.png */
  url: string
  skuId: string | null
  position: number
  main: boolean
  width: number | null
  height: number | null
  contentType: string
  byteSize: number
}

export interface Product {
  id: string
  code: string
  name: string
  categoryId: string
  brandId: string | null
  unit: string
  description: string | null
  specAttributes: SpecAttribute[]
  status: ProductStatus
  channels: Channel[]
  skus: Sku[]
  version: number
  createdAt: string
  updatedAt: string
  images: ProductImage[]
}

export interface ProductSummary {
  id: string
  code: string
  name: string
  categoryId: string
  brandId: string | null
  unit: string
  status: ProductStatus
  channels: Channel[]
  skuCount: number
  version: number
  updatedAt: string
  mainImageUrl: string | null
}

export interface PriceRow {
  kind: PriceKind
  tierCode?: string | null
  channel?: Channel | null
  storeId?: string | null
  priceFen: number
  validFrom?: string | null
  validTo?: string | null
}

export interface SkuPrices {
  skuId?: string
  prices: PriceRow[]
}

export interface PricePolicy {
  storeOverride: StoreOverride
  bandPercent: number
  version: number
}

export interface PriceCandidate {
  kind: PriceKind
  key: string
  /** the store's name and code for a store price, else the key */
  keyName: string | null
  priceFen: number
  validFrom: string | null
  validTo: string | null
  verdict: 'APPLIED' | 'REPLACED' | 'SUPERSEDED' | 'NOT_LOWER' | 'OUTSIDE_POLICY'
}

export interface ResolvedPrice {
  priceFen: number
  rule: PriceKind
  explanation: string
  candidates: PriceCandidate[]
}

// ---- stock ----
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

export interface BarcodeLookup {
  barcode: string
  skuId: string
  skuCode: string
  skuName: string
  productId: string
  productName: string
}

// ---- transfers & stocktakes ----
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

// ---- replenishment ----
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

export type ImportStatus = 'QUEUED' | 'VALIDATING' | 'APPLYING' | 'SUCCEEDED' | 'FAILED'

/** One bad cell of an import sheet: the row as a spreadsheet shows it (header = 1), the header text, the key. */
export interface ImportRowError {
  row: number
  column: string | null
  field: string | null
  message: string
}

export interface ImportJob {
  id: string
  fileName: string
  format: 'CSV' | 'XLSX'
  status: ImportStatus
  totalRows: number
  processedRows: number
  errorCount: number
  errors: ImportRowError[]
  outcome: { productsCreated: number; productsUpdated: number; skusCreated: number; skusUpdated: number } | null
  failure: string | null
  createdBy: string
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}
