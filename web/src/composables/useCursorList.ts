// Cursor-paginated list state: {items, nextCursor} pages with a "Load more" button. A failed load is
// shown as a message and kept in `error` (null after the next successful load).
import { ref, shallowRef } from 'vue'
import { http, type Query } from '../api/http'
import type { Page } from '../api/types'
import { showError } from './useFormSubmit'

/**
 * `whole`, when it returns a promise, stands in for the paged list: its rows are the whole answer (no "Load
 * more"). A screen uses it for a search the API answers in several calls, e.g. the stock of every SKU of a product.
 */
export function useCursorList<T>(path: string, filters: () => Query, pageSize = 50, whole?: () => Promise<T[]> | null) {
  const items = shallowRef<T[]>([])
  const nextCursor = ref<string | null>(null)
  const loading = ref(false)
  const loadingMore = ref(false)
  const error = ref<unknown>(null)
  let generation = 0

  async function reload(): Promise<void> {
    const gen = ++generation
    loading.value = true
    try {
      const all = whole?.()
      const page: Page<T> = all ? { items: await all, nextCursor: null } : await http.get<Page<T>>(path, { ...filters(), limit: pageSize })
      if (gen !== generation) return
      items.value = page.items ?? []
      nextCursor.value = page.nextCursor ?? null
      error.value = null
    } catch (e) {
      if (gen !== generation) return
      error.value = e
      showError(e)
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  async function loadMore(): Promise<void> {
    if (!nextCursor.value || loadingMore.value) return
    const gen = generation
    loadingMore.value = true
    try {
      const page = await http.get<Page<T>>(path, { ...filters(), limit: pageSize, cursor: nextCursor.value })
      if (gen !== generation) return
      items.value = [...items.value, ...(page.items ?? [])]
      nextCursor.value = page.nextCursor ?? null
      error.value = null
    } catch (e) {
      error.value = e
      showError(e)
    } finally {
      loadingMore.value = false
    }
  }

  /** Replace one item in place (after an update) or prepend it (after a create). */
  function upsert(item: T, key: (x: T) => unknown): void {
    const k = key(item)
    const idx = items.value.findIndex((x) => key(x) === k)
    if (idx >= 0) {
      const copy = items.value.slice()
      copy[idx] = item
      items.value = copy
    } else {
      items.value = [item, ...items.value]
    }
  }

  return { items, nextCursor, loading, loadingMore, error, reload, loadMore, upsert }
}
