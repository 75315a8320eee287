// Available stock of some SKUs at one place, read from the balances (GET /stock/balances?skuId=&locationId=,
// one request per SKU, in parallel). A SKU without a balance there has 0 available.
import { http } from '../api/http'
import type { Page } from '../api/types'
import type { StockBalance } from './types'

export async function availableAt(placeId: string, skuIds: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(skuIds)]
  const answers = await Promise.all(
    unique.map((skuId) => http.get<Page<StockBalance>>('/api/v1/stock/balances', { skuId, locationId: placeId, limit: 1 })),
  )
  const out = new Map<string, number>()
  unique.forEach((skuId, i) => out.set(skuId, answers[i]?.items?.[0]?.available ?? 0))
  return out
}

/** The balances of some SKUs (all places in scope, or one), one request per SKU, in parallel. */
export async function balancesOf(skuIds: readonly string[], locationId?: string | null): Promise<StockBalance[]> {
  const pages = await Promise.all(
    [...new Set(skuIds)].map((skuId) =>
      http.get<Page<StockBalance>>('/api/v1/stock/balances', { skuId, locationId: locationId ?? undefined, limit: 200 }),
    ),
  )
  return pages.flatMap((p) => p.items ?? [])
}
