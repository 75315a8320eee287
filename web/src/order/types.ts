// Order routing rule (GET / PUT /api/v1/routing-rules).
export const ROUTING_PREFERENCES = ['PREFER_WAREHOUSE', 'PREFER_STORES'] as const
export type RoutingPreference = (typeof ROUTING_PREFERENCES)[number]

export const FRANCHISE_STOCK_RULES = ['NEVER', 'ABOVE_BUFFER', 'ALWAYS'] as const
export type FranchiseStockRule = (typeof FRANCHISE_STOCK_RULES)[number]

export interface RoutingRule {
  preference: RoutingPreference
  /** km, one decimal; sent and answered as a JSON number */
  sameCityMaxKm: number
  franchiseStock: FranchiseStockRule
  franchiseBuffer: number
  version: number
}

// Orders (GET /api/v1/orders, /api/v1/orders/{id}, its payments and returns).
export const ORDER_STATUSES = ['CREATED', 'PAID', 'FULFILLING', 'READY_FOR_PICKUP', 'SHIPPED', 'COMPLETED', 'CANCELLED', 'REFUNDED'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const ORDER_CHANNELS = ['ONLINE', 'POS', 'GUIDE'] as const
export type OrderChannel = (typeof ORDER_CHANNELS)[number]

export type Fulfilment = 'EXPRESS' | 'SAME_CITY' | 'PICKUP' | 'IN_STORE'

export interface OrderLine {
  index: number
  skuId: string
  skuCode: string
  name: string
  specs: Record<string, string>
  quantity: number
  /** fen */
  unitPrice: number
  priceRule: string
  amount: number
  discount: number
  placeId: string | null
}

export interface OrderShipment {
  placeId: string
  placeCode: string | null
  placeName: string | null
  kind: string
  ownerFranchiseeId: string | null
  distanceKm: number | null
  lineIndexes: number[]
}

export interface OrderStep {
  from: OrderStatus | null
  to: OrderStatus
  actorKind: string
  actorId: string | null
  actorName: string | null
  note: string | null
  at: string
}

export interface OrderCustomer {
  id: string
  name: string | null
  /** 138****1234 unless the reader has customer:phone */
  phone: string
  phoneMasked: boolean
}

export interface Order {
  id: string
  number: string
  channel: OrderChannel
  fulfilment: Fulfilment
  status: OrderStatus
  customerId: string | null
  storeId: string | null
  guideId: string | null
  staffId: string | null
  lines: OrderLine[]
  goodsAmount: number
  discountAmount: number
  shippingFee: number
  total: number
  paid: number
  refunded: number
  outstanding: number
  address: { recipient: string; phone: string; text: string } | null
  shipments: OrderShipment[]
  /** The routing plan's reasons, in the reader's language. */
  routing: string[]
  note: string | null
  expiresAt: string | null
  createdAt: string
  updatedAt: string
  timeline: OrderStep[]
  version: number
  storeName: string | null
  staffName: string | null
  guideName: string | null
  customer: OrderCustomer | null
  /** the pickup slot a made-to-order pickup booked (decision 0035); null otherwise */
  booking: OrderBooking | null
}

/** A booked pickup slot: date and time of day at the order's store; BOOKED, RELEASED (cancelled) or MADE. */
export interface OrderBooking {
  date: string
  slotId: string
  startsAt: string
  endsAt: string
  madeLines: number[]
  status: 'BOOKED' | 'RELEASED' | 'MADE'
  madeAt: string | null
}

export type Tender = 'CASH' | 'CARD' | 'WECHAT_PAY' | 'WALLET' | 'POINTS'

export interface OrderPayment {
  id: string
  tender: Tender
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CLOSED'
  amount: number
  refunded: number
  cashTendered: number
  change: number
  cardReference: string | null
  transactionId: string | null
  placeId: string | null
  flagged: boolean
  createdAt: string
  succeededAt: string | null
}

export interface OrderReturn {
  id: string
  orderId: string
  status: 'REQUESTED' | 'COMPLETED' | 'REJECTED'
  placeId: string | null
  restock: boolean
  amount: number
  reason: string | null
  lines: { lineIndex: number; quantity: number; amount: number }[]
  createdAt: string
  decidedAt: string | null
}

/** What of each line may still come back: bought less what returns took back or were asked for (not rejected). */
export function returnableQuantities(order: Order, returns: OrderReturn[]): Map<number, number> {
  const left = new Map(order.lines.map((l) => [l.index, l.quantity] as [number, number]))
  for (const r of returns) {
    if (r.status === 'REJECTED') continue
    for (const l of r.lines) left.set(l.lineIndex, (left.get(l.lineIndex) ?? 0) - l.quantity)
  }
  return left
}
