// The state of a list screen: its filters (null means "any"), the cursor-paged rows with loading and error
// state (useCursorList), and the row opened in a detail drawer. The first page is asked for at once.
import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Query, QueryValue } from '../api/http'
import { enumLabel, type EnumGroup } from '../utils/format'
import { useCursorList } from './useCursorList'

export type ListFilters = Record<string, QueryValue>

export interface ListPageOptions<T, F> {
  /** Filters kept on the screen but not sent to the API. */
  local?: (keyof F)[]
  /** A whole answer in place of the paged list (see useCursorList), or null to page through `path`. */
  whole?: (filters: F) => Promise<T[]> | null
}

export function useListPage<T extends { id: string }, F extends ListFilters>(path: string, initialFilters: F, options: ListPageOptions<T, F> = {}) {
  const filters = reactive({ ...initialFilters }) as F
  const local = new Set<string>((options.local ?? []) as string[])
  const list = useCursorList<T>(
    path,
    () => {
      const query: Query = {}
      for (const [k, v] of Object.entries(filters)) if (!local.has(k)) query[k] = typeof v === 'string' ? v.trim() : (v ?? undefined)
      return query
    },
    50,
    options.whole ? () => options.whole!(filters) : undefined,
  )

  const drawerVisible = ref(false)
  const openId = ref<string | null>(null)
  /** Shows one row in the detail drawer. */
  function open(row: T): void {
    openId.value = row.id
    drawerVisible.value = true
  }
  /** Puts a row created or changed elsewhere (a dialog, the drawer) into the list. */
  function upsert(row: T): void {
    list.upsert(row, (x) => x.id)
  }

  void list.reload()
  return { ...list, filters, upsert, drawerVisible, openId, open }
}

export type ListPage<T extends { id: string }> = ReturnType<typeof useListPage<T, ListFilters>>

/** The values of an enum as filter options, labelled in the current language. */
export function useEnumOptions(group: EnumGroup, values: readonly string[]) {
  const { locale } = useI18n()
  return computed(() => {
    void locale.value // relabel on language change
    return values.map((v) => ({ value: v, key: v, label: enumLabel(group, v) }))
  })
}
