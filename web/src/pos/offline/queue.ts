// The offline queue and its sync, from the device's side (decision 0045). A sale made while the server cannot be
// reached is stored with the id the device gave it (clientSaleId) and when it was made; when the server answers
// again the queue is sent in the order the sales were made, a few at a time, and a sale leaves the queue only
// once the server has answered for it (ACCEPTED or DUPLICATE). A sync cut in the middle therefore resends only
// what was not answered, and the server counts a resent sale once (same till, same clientSaleId).
import { ApiError, NetworkError, http } from '../../api/http'
import { posApi } from '../api'
import { pos } from '../state'
import type { QueuedSale, QueuedVoid, SyncResult, SyncVoidResult } from '../types'
import { db, getMeta, setMeta, type ConflictEntry } from './db'

/** Sales per sync request: small, so a cut connection loses little work and each answer comes quickly. */
export const SYNC_BATCH = 10

const LAST_ONLINE = 'lastOnlineAt'

export class OfflineRefusal extends Error {
  constructor(readonly code: 'hours' | 'amount') {
    super(code)
  }
}

export async function refreshQueueLength(): Promise<void> {
  if (!pos.till) {
    pos.queueLength = 0
    return
  }
  const tillId = pos.till.id
  pos.queueLength =
    (await db.queue.where('tillId').equals(tillId).count()) + (await db.voids.where('tillId').equals(tillId).count())
}

/** Marks that the server answered: the offline clock starts again from now. */
export async function markOnline(): Promise<void> {
  const was = pos.online
  pos.online = true
  await setMeta(LAST_ONLINE, new Date().toISOString())
  if (!was) void syncQueue()
}

export function markOffline(): void {
  pos.online = false
}

/** Refuses a sale beyond the brand's offline limits: too long since the server last answered, or too much sold. */
export async function checkOfflineLimits(total: number): Promise<void> {
  const last = await getMeta<string>(LAST_ONLINE)
  if (last && Date.now() - Date.parse(last) > pos.settings.maxOfflineHours * 3_600_000) throw new OfflineRefusal('hours')
  let queued = 0
  await db.queue.each((e) => {
    queued += e.sale.total
  })
  if (queued + total > pos.settings.maxOfflineAmountFen) throw new OfflineRefusal('amount')
}

/** Records a sale made offline; it syncs when the server answers again. */
export async function enqueue(tillId: string, sale: QueuedSale): Promise<void> {
  await checkOfflineLimits(sale.total)
  await db.queue.add({ clientSaleId: sale.clientSaleId, tillId, sale })
  await refreshQueueLength()
}

/** Records a void made offline (the server audits it when the queue syncs, at the time it happened here). */
export async function enqueueVoid(tillId: string, voided: QueuedVoid): Promise<void> {
  await db.voids.add({ clientVoidId: voided.clientVoidId, tillId, void: voided })
  await refreshQueueLength()
}

let running: Promise<number> | null = null
let refusals = 0

/** Sends the queue (one sync at a time); resolves to the number of sales the server answered. */
export function syncQueue(): Promise<number> {
  if (running) return running
  running = (async () => {
    if (!pos.till) return 0
    const tillId = pos.till.id
    let answered = 0
    pos.syncing = true
    try {
      for (;;) {
        const next = (await db.queue.where('tillId').equals(tillId).sortBy('seq')).slice(0, SYNC_BATCH)
        const voids = (await db.voids.where('tillId').equals(tillId).sortBy('seq')).slice(0, SYNC_BATCH)
        if (!next.length && !voids.length) break
        // the same batch resent after a cut carries the same key (after a refusal, a new one: a refusal is not
        // replayed); the server also answers a resent sale or void DUPLICATE whatever the key
        const first = next[0]?.clientSaleId ?? voids[0]!.clientVoidId
        const key = `sync-${first}-${next.length}-${voids.length}-${refusals}`
        const answer = await posApi.sync(tillId, next.map((e) => e.sale), voids.map((e) => e.void), key)
        await settle(answer.results, answer.voids ?? [])
        answered += answer.results.length
        if (!answer.results.length && !(answer.voids ?? []).length) break
        await refreshQueueLength()
      }
      pos.online = true
      pos.syncError = null
      await setMeta(LAST_ONLINE, new Date().toISOString())
    } catch (e) {
      if (e instanceof NetworkError) markOffline()
      else if (!(e instanceof ApiError)) console.error(e)
      else {
        refusals++
        pos.syncError = e.problem.errors?.map((x) => `${x.field}: ${x.message}`).join('; ') || e.message
      }
    } finally {
      pos.syncing = false
      await refreshQueueLength()
      running = null
    }
    return answered
  })()
  return running
}

/** Takes the answered sales and voids off the queue and keeps the conflicts the server flagged, to show them. */
async function settle(results: SyncResult[], voids: SyncVoidResult[]): Promise<void> {
  const at = new Date().toISOString()
  const conflicts: ConflictEntry[] = results.flatMap((r) =>
    (r.conflicts ?? []).map((c) => ({ clientSaleId: r.clientSaleId, number: r.number, kind: c.kind, detail: c.detail, at })),
  )
  await db.transaction('rw', db.queue, db.voids, db.conflicts, async () => {
    await db.queue.where('clientSaleId').anyOf(results.map((r) => r.clientSaleId)).delete()
    await db.voids.where('clientVoidId').anyOf(voids.map((v) => v.clientVoidId)).delete()
    if (conflicts.length) await db.conflicts.bulkAdd(conflicts)
  })
}

export async function conflicts(): Promise<ConflictEntry[]> {
  return db.conflicts.orderBy('id').reverse().limit(50).toArray()
}

export async function dismissConflicts(): Promise<void> {
  await db.conflicts.clear()
}

let probe: ReturnType<typeof setInterval> | null = null

/** While offline, asks the server every few seconds whether it answers again; then the queue syncs. */
export function startProbe(): void {
  if (probe) return
  const tick = async () => {
    if (pos.online && !pos.queueLength) return
    try {
      await http.get('/api/v1/me')
      await markOnline()
      if (pos.queueLength) void syncQueue()
    } catch (e) {
      if (e instanceof NetworkError) markOffline()
    }
  }
  probe = setInterval(() => void tick(), 4000)
  window.addEventListener('online', () => void tick())
  window.addEventListener('offline', () => markOffline())
}
