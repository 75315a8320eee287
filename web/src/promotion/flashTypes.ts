// Flash sales (秒杀): GET/POST /api/v1/flash-sales, GET/PUT /api/v1/flash-sales/{id}, POST /{id}/activate and
// /{id}/deactivate; money in fen.
import type { OrderChannel } from './types'

export interface FlashSaleItemEdit {
  skuId: string
  /** fen */
  price: number
  allocation: number
}

export interface FlashSaleEdit {
  name: string
  items: FlashSaleItemEdit[]
  perCustomer: number
  channels: OrderChannel[]
  storeIds: string[]
  startsAt: string
  endsAt: string
  active: boolean
  version?: number
}

export interface FlashSaleItem extends FlashSaleItemEdit {
  skuCode: string | null
  skuName: string | null
  sold: number
  remaining: number
}

export interface FlashSale extends Omit<FlashSaleEdit, 'items'> {
  id: string
  items: FlashSaleItem[]
  version: number
  createdAt: string
  updatedAt: string
}

/** Whether a flash sale runs now (active and in its window). */
export function flashRunsNow(s: FlashSale, now = new Date()): boolean {
  return s.active && new Date(s.startsAt) <= now && now < new Date(s.endsAt)
}
