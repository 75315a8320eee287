// Today's figures of the home dashboard (GET /api/v1/dashboard/today); money in fen.
import type { OrderChannel } from '../order/types'

export interface DashboardFigures {
  /** Orders placed today and not cancelled. */
  orders: number
  /** What was taken for them less what returns gave back. */
  sales: number
  sold: number
  returned: number
}

export interface DashboardToday {
  day: string
  timeZone: string
  total: DashboardFigures
  channels: { channel: OrderChannel; figures: DashboardFigures }[]
  /** storeId null: orders of no store (sent from a warehouse). */
  stores: { storeId: string | null; storeName: string | null; figures: DashboardFigures }[]
  updatedAt: string | null
}
