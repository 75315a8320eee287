// The POS endpoints (under /api/v1/pos) and the existing ones the counter uses, through the console's client.
import { http } from '../api/http'
import type { Page } from '../api/types'
import type { Order, OrderPayment, OrderReturn } from '../order/types'
import type {
  Counted,
  HeldSale,
  MemberSnapshot,
  QrSale,
  QueuedSale,
  QueuedVoid,
  Receipt,
  Sale,
  Shift,
  ShiftReport,
  Snapshot,
  SyncResult,
  SyncVoidResult,
  Till,
} from './types'

const POS = '/api/v1/pos'
const enc = encodeURIComponent

export const posApi = {
  tills: () => http.get<{ items: Till[] }>(`${POS}/tills`),
  openShift: (tillId: string) => http.get<Shift>(`${POS}/tills/${enc(tillId)}/shift`),
  startShift: (tillId: string, floatFen: number, key?: string) =>
    http.post<Shift>(`${POS}/tills/${enc(tillId)}/shifts`, { floatFen }, key),
  shiftReport: (shiftId: string) => http.get<ShiftReport>(`${POS}/shifts/${enc(shiftId)}`),
  closeShift: (shiftId: string, counted: Counted[], note: string | null, key?: string) =>
    http.post<ShiftReport>(`${POS}/shifts/${enc(shiftId)}/close`, { counted, note }, key),
  sell: (tillId: string, sale: Sale, key?: string) => http.post<Order>(`${POS}/tills/${enc(tillId)}/sales`, sale, key),
  qrSale: (tillId: string, orderId: string) => http.get<QrSale>(`${POS}/tills/${enc(tillId)}/qr-sales/${enc(orderId)}`),
  qrSaleImage: (tillId: string, orderId: string) => `${POS}/tills/${enc(tillId)}/qr-sales/${enc(orderId)}/qr.png`,
  cancelQrSale: (tillId: string, orderId: string) =>
    http.post<QrSale>(`${POS}/tills/${enc(tillId)}/qr-sales/${enc(orderId)}/cancel`, {}),
  returnLines: (tillId: string, body: ReturnBody, key?: string) =>
    http.post<OrderReturn>(`${POS}/tills/${enc(tillId)}/returns`, body, key),
  held: (tillId: string) => http.get<{ items: HeldSale[] }>(`${POS}/tills/${enc(tillId)}/held-sales`),
  hold: (tillId: string, label: string | null, cart: unknown) =>
    http.post<HeldSale>(`${POS}/tills/${enc(tillId)}/held-sales`, { label, cart }),
  dropHeld: (id: string) => http.delete<void>(`${POS}/held-sales/${enc(id)}`),
  void: (tillId: string, body: VoidBody) => http.post<unknown>(`${POS}/tills/${enc(tillId)}/voids`, body),
  receipt: (orderId: string) => http.get<Receipt>(`${POS}/receipts/${enc(orderId)}`),
  sync: (tillId: string, sales: QueuedSale[], voids: QueuedVoid[], key?: string) =>
    http.post<{ results: SyncResult[]; voids: SyncVoidResult[] }>(`${POS}/tills/${enc(tillId)}/sync`, { sales, voids }, key),
  snapshot: (tillId: string, since?: string | null) =>
    http.get<Snapshot>(`${POS}/tills/${enc(tillId)}/snapshot`, { since }),
  members: (tillId: string, since?: string | null) =>
    http.get<MemberSnapshot>(`${POS}/tills/${enc(tillId)}/members`, { since }),
  lookUpOrder: (number: string) => http.get<Order>('/api/v1/orders/lookup', { number }),
  orderReturns: (orderId: string) => http.get<Page<OrderReturn> | OrderReturn[]>(`/api/v1/orders/${enc(orderId)}/returns`),
  orderPayments: (orderId: string) => http.get<OrderPayment[]>(`/api/v1/orders/${enc(orderId)}/payments`),
}

export interface ReturnBody {
  orderId: string
  lines: { lineIndex: number; quantity: number }[]
  restock: boolean
  reason: string
}

export interface VoidBody {
  kind: 'LINE' | 'SALE'
  skuId?: string
  quantity?: number
  amountFen: number
  reason: string
}

/** A list answered either bare or as a page. */
export function itemsOf<T>(list: Page<T> | T[]): T[] {
  return Array.isArray(list) ? list : (list.items ?? [])
}
