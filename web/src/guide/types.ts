// Guide-assisted orders (代客下单): the customer a guide finds by phone, their addresses, the order and its pay link.

import type { OrderLine, OrderStatus } from '../order/types'

export type { OrderLine, OrderStatus }

export interface StaffCustomer {
  id: string
  /** masked (138****1234) unless the caller may see phones */
  phone: string
  phoneMasked: boolean
  name: string | null
  registeredAt: string
}

export interface CustomerAddress {
  id: string
  recipient: string
  phone: string
  phoneMasked: boolean
  province: string
  city: string
  district: string
  line: string
  latitude: number | null
  longitude: number | null
  preferred: boolean
}

export const GUIDE_FULFILMENTS = ['PICKUP', 'EXPRESS', 'SAME_CITY'] as const
export type GuideFulfilment = (typeof GUIDE_FULFILMENTS)[number]


export interface GuideOrder {
  id: string
  number: string
  channel: string
  fulfilment: string
  status: OrderStatus
  customerId: string | null
  storeId: string | null
  guideId: string | null
  lines: OrderLine[]
  goodsAmount: number
  discountAmount: number
  shippingFee: number
  total: number
  paid: number
  refunded: number
  outstanding: number
  expiresAt: string | null
  createdAt: string
}

export interface PayLink {
  orderId: string
  number: string
  status: OrderStatus
  payable: boolean
  total: number
  outstanding: number
  expiresAt: string | null
  path: string
  url: string
  qrImage: string
}

/** Paid or not, as a guide tells the customer: waiting for payment, paid (whatever the fulfilment), or closed. */
export function paymentState(o: { status: OrderStatus }): 'awaiting' | 'paid' | 'cancelled' | 'refunded' {
  if (o.status === 'CREATED') return 'awaiting'
  if (o.status === 'CANCELLED') return 'cancelled'
  if (o.status === 'REFUNDED') return 'refunded'
  return 'paid'
}

// Exclusive guides (专属导购): a store's guides with their standing, their customers, handovers (issue 14).

export interface GuideStanding {
  rank: number
  guideId: string
  name: string
  /** false once the guide left (their account disabled) */
  enabled: boolean
  /** customers bound to them now */
  customers: number
  orders: number
  /** net sales in fen: goods paid less refunded */
  sales: number
  refunds: number
  customersServed: number
  commission: number
  clawedBack: number
}

export interface GuideBoard {
  storeId: string
  from: string
  to: string
  poolCustomers: number
  guides: GuideStanding[]
}

export interface BoundCustomer {
  bindingId: string
  customerId: string
  name: string | null
  phone: string | null
  phoneMasked: boolean
  source: 'LINK' | 'TILL' | 'ASSIGNED' | 'HANDOVER'
  since: string
}

export interface GuideHandover {
  id: string
  fromGuideId: string
  toGuideId: string | null
  storeId: string
  reason: string | null
  customers: number
  notified: number
  refused: number
  byStaffId: string
  createdAt: string
}

export interface GuideBinding {
  id: string
  customerId: string
  guideId: string | null
  guideName: string | null
  storeId: string | null
  source: string
  handoverId: string | null
  startedAt: string
  endedAt: string | null
}

export const MESSAGE_STATUSES = ['SENT', 'REFUSED', 'FAILED'] as const

export interface OutboxMessage {
  id: string
  customerId: string
  channel: string
  purpose: string
  template: string
  parameters: Record<string, string>
  recipient: string | null
  status: (typeof MESSAGE_STATUSES)[number]
  reason: string | null
  provider: string
  reference: string | null
  createdAt: string
}
