// The device's cache and queue in IndexedDB (decision 0045): the till's catalog with prices and barcodes, the
// member snapshot, a few facts (as-of marks, the cashier's rights, the offline limits) and the sales made while
// the server could not be reached, in the order they were made, and the voids recorded meanwhile.
import Dexie, { type Table } from 'dexie'
import type { QueuedSale, QueuedVoid, SnapshotMember, SnapshotSku } from '../types'

export interface QueueEntry {
  /** the order the sales were made in; they sync in this order */
  seq?: number
  clientSaleId: string
  tillId: string
  sale: QueuedSale
}

export interface VoidEntry {
  seq?: number
  clientVoidId: string
  tillId: string
  void: QueuedVoid
}

export interface ConflictEntry {
  id?: number
  clientSaleId: string
  number: string
  kind: string
  detail: string
  at: string
}

export interface MetaEntry {
  key: string
  value: unknown
}

class PosDb extends Dexie {
  skus!: Table<SnapshotSku, string>
  members!: Table<SnapshotMember, string>
  meta!: Table<MetaEntry, string>
  queue!: Table<QueueEntry, number>
  voids!: Table<VoidEntry, number>
  conflicts!: Table<ConflictEntry, number>

  constructor() {
    super('oneshelf-pos')
    this.version(1).stores({
      skus: 'skuId, code, *barcodes',
      members: 'customerId, phoneHash, memberCode',
      meta: 'key',
      queue: '++seq, &clientSaleId, tillId',
      conflicts: '++id',
    })
    // voids made offline are queued too (they are audited when they sync), beside the sales
    this.version(2).stores({ voids: '++seq, &clientVoidId, tillId' })
  }
}

export const db = new PosDb()

export async function getMeta<T>(key: string): Promise<T | null> {
  const row = await db.meta.get(key)
  return row ? (row.value as T) : null
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value })
}
