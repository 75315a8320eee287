// SKU lookups for other screens: code/name by id (cached per page) and a SKU search through the catalog
// (exact barcode, then product code/name/barcode, then SKU code/name).
import { reactive } from 'vue'
import { ApiError, http } from '../api/http'
import type { Page } from '../api/types'
import type { BarcodeLookup, Product, ProductSummary, Sku } from './types'

export interface SkuOption {
  id: string
  code: string
  name: string
}

/** SKU code/name by id, cached for the lifetime of the page (one GET /skus/{id} per unknown id). */
export function useSkuLookup() {
  const byId = reactive(new Map<string, SkuOption>())
  const pending = new Map<string, Promise<void>>()

  function remember(s: SkuOption): void {
    if (!byId.has(s.id)) byId.set(s.id, { id: s.id, code: s.code, name: s.name })
  }

  async function resolve(ids: Iterable<string>): Promise<void> {
    const jobs: Promise<void>[] = []
    for (const id of new Set(ids)) {
      if (!id || byId.has(id)) continue
      let job = pending.get(id)
      if (!job) {
        job = http
          .get<Sku>(`/api/v1/skus/${encodeURIComponent(id)}`)
          .then((s) => remember(s))
          .catch((e) => console.warn('sku lookup failed', id, e))
          .finally(() => pending.delete(id))
        pending.set(id, job)
      }
      jobs.push(job)
    }
    await Promise.all(jobs)
  }

  function label(id: string | null | undefined): { code: string; name: string } {
    if (!id) return { code: '—', name: '' }
    const s = byId.get(id)
    return s ? { code: s.code, name: s.name } : { code: id.slice(0, 8) + '…', name: '' }
  }

  return { byId, resolve, remember, label }
}

/**
 * Finds SKUs for a search text (with `wholeProducts`: every SKU of the matching products unless the text is
 * exactly a SKU code or a barcode): an exact barcode, then products matching the text (name, code or
 * barcode). SKUs whose own code/name contains the text come first; if none does, every SKU of the
 * matching products is offered.
 */
export async function searchSkus(text: string, maxProducts = 10, wholeProducts = false): Promise<SkuOption[]> {
  const q = text.trim()
  if (!q) return []
  const out = new Map<string, SkuOption>()
  if (/^\d{8,14}$/.test(q)) {
    try {
      const b = await http.get<BarcodeLookup>(`/api/v1/barcodes/${encodeURIComponent(q)}`)
      out.set(b.skuId, { id: b.skuId, code: b.skuCode, name: b.skuName })
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) console.warn('barcode lookup failed', e)
    }
  }
  let products: ProductSummary[] = []
  try {
    const page = await http.get<Page<ProductSummary>>('/api/v1/products', { q, limit: maxProducts })
    products = page.items ?? []
    // "MT01-2" is a SKU code: also try the product code before the dash
    if (!products.length && /-\d+$/.test(q)) {
      const p2 = await http.get<Page<ProductSummary>>('/api/v1/products', { q: q.replace(/-\d+$/, ''), limit: maxProducts })
      products = p2.items ?? []
    }
  } catch (e) {
    console.warn('product search failed', e)
  }
  const details = await Promise.all(
    products.map((p) => http.get<Product>(`/api/v1/products/${encodeURIComponent(p.id)}`).catch(() => null)),
  )
  const all: SkuOption[] = []
  for (const d of details) for (const s of d?.skus ?? []) all.push({ id: s.id, code: s.code, name: s.name })
  const needle = q.toLowerCase()
  if (wholeProducts) {
    // a SKU code named exactly is that SKU; anything else (a product's name or code) is every SKU of the products
    const exact = all.filter((s) => s.code.toLowerCase() === needle)
    for (const s of exact.length ? exact : out.size ? [] : all) out.set(s.id, s)
    return [...out.values()]
  }
  const direct = all.filter(
    (s) =>
      s.code.toLowerCase().includes(needle) ||
      s.name.toLowerCase().includes(needle),
  )
  for (const s of direct.length ? direct : out.size ? [] : all) out.set(s.id, s)
  return [...out.values()]
}
