// The storefront API's shapes (money in fen).

import type { OrderLine as StaffOrderLine, OrderStatus } from '../order/types'

export type { OrderStatus }
/** An order line as the shop shows it: the staff's line without the price rule. */
export type OrderLine = Omit<StaffOrderLine, 'priceRule'>

export interface ShopCategory {
  id: string
  parentId: string | null
  name: string
}

export interface ProductCard {
  id: string
  name: string
  unit: string | null
  imageUrl: string | null
  price: number | null
  onlineStock: number
}

export interface ShopSku {
  id: string
  code: string
  name: string
  specs: Record<string, string>
  price: number | null
  priceRule: string | null
  onlineStock: number
}

export interface ShopStore {
  id: string
  code: string
  name: string
  latitude: number | null
  longitude: number | null
  distanceKm: number | null
}

export interface ProductPage {
  id: string
  code: string
  name: string
  unit: string | null
  description: string | null
  categoryId: string | null
  specs: Record<string, string[]>
  imageUrls: string[]
  skus: ShopSku[]
  stores: { store: ShopStore; stock: Record<string, number> }[]
}

export interface CartLine {
  skuId: string
  skuCode: string
  name: string
  specs: Record<string, string>
  quantity: number
  unitPrice: number
  amount: number
}

export interface Cart {
  lines: CartLine[]
  goodsAmount: number
  count: number
}

export type Fulfilment = 'EXPRESS' | 'SAME_CITY' | 'PICKUP' | 'VOUCHER'

export interface ShopOrder {
  id: string
  number: string
  channel: string
  fulfilment: Fulfilment
  status: OrderStatus
  storeId: string | null
  lines: OrderLine[]
  goodsAmount: number
  discountAmount: number
  shippingFee: number
  total: number
  paid: number
  refunded: number
  outstanding: number
  address: { recipient: string; phone: string; text: string } | null
  shipments: { placeId: string; placeName: string; kind: string; distanceKm: number | null }[]
  note: string | null
  expiresAt: string | null
  createdAt: string
  timeline: { from: OrderStatus | null; to: OrderStatus; actorKind: string; at: string }[]
  /** the pickup slot a made-to-order pickup booked (null otherwise) */
  booking: Booking | null
}

/** A booked pickup slot: date and time of day at the order's store; BOOKED, RELEASED (cancelled) or MADE. */
export interface Booking {
  date: string
  slotId: string
  startsAt: string
  endsAt: string
  madeLines: number[]
  status: 'BOOKED' | 'RELEASED' | 'MADE'
  madeAt: string | null
}

/** A made-to-order SKU: its lead time and the earliest pickup if ordered now (the brand's local time). */
export interface MadeToOrder {
  skuId: string
  leadHours: number
  readyFrom: string
}

/** A store's pickup slot on one date, with the places left; bookable when places are left and in time. */
export interface SlotDay {
  slotId: string
  date: string
  startsAt: string
  endsAt: string
  capacity: number
  remaining: number
  bookable: boolean
}

export interface ShopPayment {
  id: string
  tender: string
  status: string
  amount: number
  payUrl: string | null
}

export interface PickupPass {
  orderId: string
  orderNumber: string
  storeId: string
  code: string
  qrContent: string
  status: 'OPEN' | 'COLLECTED' | 'VOIDED'
  ready: boolean
  collectedAt: string | null
}

export interface ShopShipment {
  kind: string
  placeName: string | null
  status: string
  carrier: string | null
  trackingNumber: string | null
  courierName: string | null
  courierPhone: string | null
  lineIndexes: number[]
  updatedAt: string
}

export interface OrderReturn {
  id: string
  status: 'REQUESTED' | 'COMPLETED' | 'REJECTED'
  amount: number
  reason: string | null
  lines: { lineIndex: number; quantity: number; amount: number }[]
  createdAt: string
}

export interface ShopAddress {
  id: string
  recipient: string
  phone: string
  province: string
  city: string
  district: string
  line: string
  latitude: number | null
  longitude: number | null
  preferred: boolean
  version: number
}

export interface ShopTokens {
  accessToken: string
  refreshToken: string
  expiresIn?: number
  customerId: string
}

export interface Page<T> {
  items: T[]
  nextCursor?: string | null
}

export type VoucherStatus = 'ACTIVE' | 'USED_UP' | 'REFUNDED' | 'EXPIRED'

/** One of the customer's service vouchers (GET /shop/{brand}/me/vouchers). */
export interface ShopVoucher {
  id: string
  code: string
  orderId: string
  orderNumber: string
  skuName: string
  storeId: string
  storeName: string | null
  uses: number
  redeemed: number
  refunded: number
  remaining: number
  status: VoucherStatus
  /** fen */
  price: number
  /** fen */
  refundAmount: number
  issuedAt: string
  expiresAt: string
}
