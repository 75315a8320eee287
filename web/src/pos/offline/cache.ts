// The device cache (decision 0045): the till's snapshot of SKUs with prices and barcodes and of members, fetched
// whole once and then only what changed since the last asOf, so a till offline for a day catches up cheaply.
import { posApi } from '../api'
import { pos } from '../state'
import type { OfflineSettings, PromotionTerms, SnapshotMember, SnapshotSku } from '../types'
import { db, getMeta, setMeta } from './db'

/** Fetches what changed since the last snapshot of this till (everything the first time or for another store). */
export async function refreshCache(tillId: string): Promise<void> {
  const sameTill = (await getMeta<string>('tillId')) === tillId
  const since = sameTill ? await getMeta<string>('asOf') : null
  const snap = await posApi.snapshot(tillId, since)
  await db.transaction('rw', db.skus, db.meta, async () => {
    if (snap.full) await db.skus.clear()
    // a SKU without a valid price cannot be sold, online or off
    const sellable = (s: SnapshotSku) => s.active && s.priceFen !== null
    await db.skus.bulkPut(snap.skus.filter(sellable))
    const gone = [...snap.removedSkuIds, ...snap.skus.filter((s) => !sellable(s)).map((s) => s.skuId)]
    if (gone.length) await db.skus.bulkDelete(gone)
    await setMeta('tillId', tillId)
    await setMeta('asOf', snap.asOf)
    await setMeta('settings', snap.settings)
    await setMeta('tiers', snap.tiers)
    // every snapshot, whole or since, lists all the promotions not ended: the list replaces the cached one
    await setMeta('promotions', snap.promotions)
    await setMeta('discountLimitPercent', snap.cashier.discountLimitPercent)
  })
  const membersSince = sameTill ? await getMeta<string>('membersAsOf') : null
  const members = await posApi.members(tillId, membersSince)
  await db.transaction('rw', db.members, db.meta, async () => {
    if (!membersSince) await db.members.clear()
    await db.members.bulkPut(members.members)
    if (members.removedCustomerIds?.length) await db.members.bulkDelete(members.removedCustomerIds)
    await setMeta('membersAsOf', members.asOf)
  })
  await loadCachedFacts()
}

/** Puts the cached limits, tiers and rights into the screen's state (at start, and after a refresh). */
export async function loadCachedFacts(): Promise<void> {
  const settings = await getMeta<OfflineSettings>('settings')
  if (settings) pos.settings = settings
  pos.tiers = (await getMeta<{ code: string; name: string }[]>('tiers')) ?? []
  const limit = await getMeta<number>('discountLimitPercent')
  if (limit !== null) pos.discountLimitPercent = limit
  pos.cacheAsOf = await getMeta<string>('asOf')
  cachedPromotions = (await getMeta<PromotionTerms[]>('promotions')) ?? []
}

let cachedPromotions: PromotionTerms[] = []

/** The automatic promotions of the last snapshot, in the server's stacking order (for pricing offline). */
export function offlinePromotions(): PromotionTerms[] {
  return cachedPromotions
}

/** The cached SKU a scanned code names: a barcode, else a SKU code. */
export async function cachedSku(code: string): Promise<SnapshotSku | null> {
  const text = code.trim()
  return (await db.skus.where('barcodes').equals(text).first()) ?? (await db.skus.where('code').equals(text).first()) ?? null
}

export async function cachedSkuById(id: string): Promise<SnapshotSku | null> {
  return (await db.skus.get(id)) ?? null
}

/** Cached SKUs whose name, product name or code holds the text (offline search). */
export async function searchCached(text: string, limit = 20): Promise<SnapshotSku[]> {
  const needle = text.trim().toLowerCase()
  if (!needle) return []
  return db.skus
    .filter((s) => s.code.toLowerCase().includes(needle) || s.name.toLowerCase().includes(needle) || s.productName.toLowerCase().includes(needle))
    .limit(limit)
    .toArray()
}

/** The price charged offline: the member's tier price when the book has one, else the store's POS price. */
export function offlinePrice(sku: SnapshotSku, tierCode: string | null | undefined): number {
  const tier = tierCode ? sku.tierPrices.find((t) => t.tierCode === tierCode) : undefined
  return tier ? tier.priceFen : (sku.priceFen ?? 0)
}

/** A mainland mobile number as the server normalises it (13812345678), or null. */
export function normalisePhone(text: string): string | null {
  let bare = text.trim().replace(/[ -]/g, '')
  if (bare.startsWith('+86')) bare = bare.slice(3)
  else if (bare.startsWith('0086')) bare = bare.slice(4)
  else if (bare.startsWith('86') && bare.length === 13) bare = bare.slice(2)
  return /^1[3-9]\d{9}$/.test(bare) ? bare : null
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The cached member of a phone number or a member code (offline lookup). */
export async function cachedMember(text: string): Promise<SnapshotMember | null> {
  const phone = normalisePhone(text)
  if (phone) return (await db.members.where('phoneHash').equals(await sha256Hex(phone)).first()) ?? null
  // a member QR reads OSM1.<memberCode>.<expiry>.<signature>; a card carries the code alone
  const qr = /^OSM1\.([^.]+)\./.exec(text.trim())
  return (await db.members.where('memberCode').equals(qr ? qr[1]! : text.trim()).first()) ?? null
}
