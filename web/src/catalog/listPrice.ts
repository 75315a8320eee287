// A SKU's standing list price: the LIST row without a validity window (a SKU may also have time-limited list
// prices). Setting it replaces that row and keeps every other row.
import type { PriceRow } from './types'

export function standingListPrice(rows: readonly PriceRow[] | null | undefined): number | null {
  const list = (rows ?? []).filter((r) => r.kind === 'LIST')
  const standing = list.find((r) => !r.validFrom && !r.validTo) ?? list[0]
  return standing ? standing.priceFen : null
}

export function withListPrice(rows: readonly PriceRow[], priceFen: number): PriceRow[] {
  const i = rows.findIndex((r) => r.kind === 'LIST' && !r.validFrom && !r.validTo)
  if (i < 0) return [{ kind: 'LIST', priceFen }, ...rows]
  return rows.map((r, j) => (j === i ? { ...r, priceFen } : r))
}
