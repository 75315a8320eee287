// A history (a list that only grows), shown newest first one page at a time: "Newer" and "Older" move a page
// either way with the server's cursors, "Latest" goes back to the top, and jumping to a day shows what was
// recorded up to the end of that day (`to` = the start of the next day, in the browser's time zone).
//
// Cursors keep the window they came from, so a page reached by a jump has no previousCursor (`to` cuts the
// list there). Newer pages past that day are then read oldest first from the same instant (`from` = the day's
// end) and shown reversed; a first page in that direction goes back to the jump itself. One request of one row
// tells, at the jump, whether anything newer exists at all.
import { computed, ref, shallowRef } from 'vue'
import { http, type Query } from '../api/http'
import type { TimePage } from '../api/types'
import { showError } from './useFormSubmit'

type Order = 'newest' | 'oldest'

interface Request {
  order: Order
  cursor?: string
}

export function useTimeList<T>(path: string, filters: () => Query, pageSize = 50) {
  const page = shallowRef<TimePage<T>>({ items: [] })
  const order = ref<Order>('newest')
  /** The day jumped to (YYYY-MM-DD), or null for the latest rows. */
  const day = ref<string | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  /** Whether rows exist after the day jumped to, and before it. */
  const newerThanDay = ref(false)
  const olderThanDay = ref(false)
  let generation = 0

  const items = computed<T[]>(() =>
    order.value === 'newest' ? page.value.items : page.value.items.slice().reverse(),
  )
  const canNewer = computed(() =>
    order.value === 'newest'
      ? !!page.value.previousCursor || (day.value !== null && newerThanDay.value)
      : !!page.value.nextCursor,
  )
  const canOlder = computed(() =>
    order.value === 'newest' ? !!page.value.nextCursor : !!page.value.previousCursor || olderThanDay.value,
  )

  /** The instant the day jumped to ends: the start of the next day, local time. */
  function dayEnd(): string | undefined {
    if (day.value === null) return undefined
    const [y, m, d] = day.value.split('-').map(Number)
    return new Date(y, m - 1, d + 1).toISOString()
  }

  function bounds(o: Order): Query {
    const end = dayEnd()
    if (end === undefined) return {}
    return o === 'newest' ? { to: end } : { from: end }
  }

  async function fetch(request: Request): Promise<boolean> {
    const gen = ++generation
    loading.value = true
    try {
      const answer = await http.get<TimePage<T>>(path, {
        ...filters(),
        ...bounds(request.order),
        order: request.order,
        cursor: request.cursor,
        limit: pageSize,
      })
      if (gen !== generation) return false
      page.value = { ...answer, items: answer.items ?? [] }
      order.value = request.order
      error.value = null
      return true
    } catch (e) {
      if (gen !== generation) return false
      error.value = e
      showError(e)
      return false
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  async function anyNewerThanDay(): Promise<boolean> {
    try {
      const probe = await http.get<TimePage<T>>(path, { ...filters(), ...bounds('oldest'), order: 'oldest', limit: 1 })
      return (probe.items ?? []).length > 0
    } catch {
      return false
    }
  }

  /** The page at the top (latest) or at the day jumped to, with the current filters. */
  async function reload(): Promise<void> {
    newerThanDay.value = false
    const loaded = await fetch({ order: 'newest' })
    if (!loaded || day.value === null) return
    olderThanDay.value = page.value.items.length > 0
    // the buttons wait for the answer; a newer move of the list meanwhile wins
    const mine = generation
    loading.value = true
    const newer = await anyNewerThanDay()
    if (mine === generation) {
      newerThanDay.value = newer
      loading.value = false
    }
  }

  async function latest(): Promise<void> {
    day.value = null
    await reload()
  }

  async function jumpTo(target: string | null): Promise<void> {
    day.value = target
    await reload()
  }

  async function newer(): Promise<void> {
    if (!canNewer.value || loading.value) return
    if (order.value === 'oldest') {
      await fetch({ order: 'oldest', cursor: page.value.nextCursor ?? undefined })
    } else if (page.value.previousCursor) {
      await fetch({ order: 'newest', cursor: page.value.previousCursor })
    } else {
      await fetch({ order: 'oldest' })
    }
  }

  async function older(): Promise<void> {
    if (!canOlder.value || loading.value) return
    if (order.value === 'newest') {
      await fetch({ order: 'newest', cursor: page.value.nextCursor ?? undefined })
    } else if (page.value.previousCursor) {
      await fetch({ order: 'oldest', cursor: page.value.previousCursor })
    } else {
      await fetch({ order: 'newest' })
    }
  }

  return { items, day, loading, error, canNewer, canOlder, reload, latest, jumpTo, newer, older }
}
