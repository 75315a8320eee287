// Stock lookups: the stock locations in the user's scope and the places a transfer may name.
import { shallowRef } from 'vue'
import { http } from '../api/http'
import type { StockLocation } from './types'

export function useStockLocations() {
  const locations = shallowRef<StockLocation[]>([])
  async function load(): Promise<void> {
    try {
      locations.value = (await http.get<StockLocation[]>('/api/v1/stock-locations')) ?? []
    } catch (e) {
      console.warn('stock locations lookup failed', e)
    }
  }
  function nameOf(id: string | null | undefined): string {
    if (!id) return '—'
    return locations.value.find((l) => l.placeId === id)?.name ?? id
  }
  return { locations, load, nameOf }
}

export interface PlaceOption {
  id: string
  code: string
  name: string
  kind: string
  /** Within the user's stock scope (GET /stock-locations). */
  inScope: boolean
}

/**
 * Every place the user may name in a transfer: the places in scope, plus every open warehouse of the
 * brand (GET /api/v1/stock/transfer-places), so a store can send stock back to or order from a warehouse.
 */
export function useTransferPlaces() {
  const places = shallowRef<PlaceOption[]>([])
  async function load(): Promise<void> {
    places.value = await http.get<PlaceOption[]>('/api/v1/stock/transfer-places')
  }
  function nameOf(id: string | null | undefined): string {
    if (!id) return '—'
    return places.value.find((p) => p.id === id)?.name ?? id.slice(0, 8) + '…'
  }
  function inScope(id: string | null | undefined): boolean {
    return !!id && !!places.value.find((p) => p.id === id)?.inScope
  }
  return { places, load, nameOf, inScope }
}
