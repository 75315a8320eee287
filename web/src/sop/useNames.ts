// Names in place of ids on the private-domain screens: the stores in the user's scope, the guides of a store
// (their leaderboard, asked for once per store) and the playbook's rules.
import { computed, reactive, shallowRef } from 'vue'
import { http } from '../api/http'
import { useStockLocations } from '../inventory/useStock'
import type { GuideBoard } from '../guide/types'
import type { SopRule } from './types'

export function useNames() {
  const locations = useStockLocations()
  const stores = computed(() => locations.locations.value.filter((l) => l.kind === 'STORE'))
  const guides = reactive<Record<string, { id: string; name: string; storeId: string }[]>>({})
  const rules = shallowRef<SopRule[]>([])
  const asked = new Set<string>()

  /** Asks for a store's guides once; a failure leaves the ids shown. */
  async function guidesOf(storeId: string | null | undefined): Promise<void> {
    if (!storeId || asked.has(storeId)) return
    asked.add(storeId)
    try {
      const board = await http.get<GuideBoard>('/api/v1/guides', { storeId })
      guides[storeId] = board.guides.map((g) => ({ id: g.guideId, name: g.name, storeId }))
    } catch {
      asked.delete(storeId)
    }
  }

  async function loadRules(): Promise<void> {
    try {
      rules.value = await http.get<SopRule[]>('/api/v1/sop-rules')
    } catch {
      rules.value = []
    }
  }

  function guideName(id: string | null | undefined): string | null {
    if (!id) return null
    for (const list of Object.values(guides)) {
      const g = list.find((x) => x.id === id)
      if (g) return g.name
    }
    return null
  }

  function ruleName(id: string): string {
    return rules.value.find((r) => r.id === id)?.name ?? '—'
  }

  return { stores, loadStores: locations.load, storeName: locations.nameOf, guides, guidesOf, guideName, rules, loadRules, ruleName }
}
