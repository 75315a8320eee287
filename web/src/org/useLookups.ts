// Small option lists for selects (regions, franchisees, stores). Failures (e.g. 403 when the
// user lacks org:read) leave the list empty instead of interrupting the form.
import { shallowRef } from 'vue'
import { getAll, http } from '../api/http'
import type { Franchisee, Region, Store } from './types'
import type { Page } from '../api/types'

export interface Option {
  id: string
  name: string
  code?: string
}

export function useRegions() {
  const regions = shallowRef<Region[]>([])
  async function load(): Promise<void> {
    try {
      regions.value = await getAll<Region>('/api/v1/regions')
    } catch (e) {
      console.warn('regions lookup failed', e)
    }
  }
  return { regions, load }
}

export function useFranchisees() {
  const franchisees = shallowRef<Franchisee[]>([])
  async function load(): Promise<void> {
    try {
      franchisees.value = await getAll<Franchisee>('/api/v1/franchisees')
    } catch (e) {
      console.warn('franchisees lookup failed', e)
    }
  }
  return { franchisees, load }
}

export async function loadScopeOptions(type: string): Promise<Option[]> {
  try {
    if (type === 'REGION') return await getAll<Region>('/api/v1/regions')
    if (type === 'FRANCHISEE') return await getAll<Franchisee>('/api/v1/franchisees')
    if (type === 'STORE') {
      const page = await http.get<Page<Store>>('/api/v1/stores', { limit: 200 })
      return page.items ?? []
    }
  } catch (e) {
    console.warn('scope lookup failed', e)
  }
  return []
}
