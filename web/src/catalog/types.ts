// Catalog API types: categories, product brands, products and SKUs, prices and the catalog import.

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

export interface BarcodeLookup {
  barcode: string
  skuId: string
  skuCode: string
  skuName: string
  productId: string
  productName: string
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
