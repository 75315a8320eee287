// The items of a campaign's drawer (its groups or its bargains), read when the drawer opens and again every 10
// seconds while it stays open, so that a group filling or a bargain being cut shows as it happens.
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { http } from '../api/http'
import { showError } from '../composables/useFormSubmit'

const EVERY_MS = 10_000

/** `url` gives the page to read (null: nothing to read yet); the first 100 items are shown. */
export function useLiveItems<T>(visible: Ref<boolean>, url: () => string | null) {
  const items = ref<T[]>([]) as Ref<T[]>
  const loading = ref(false)
  let timer: ReturnType<typeof setInterval> | undefined

  async function load(): Promise<void> {
    const path = url()
    if (!path) return
    try {
      items.value = (await http.get<{ items: T[] }>(path, { limit: 100 })).items
    } catch (e) {
      showError(e)
    }
  }

  watch(visible, async (v) => {
    clearInterval(timer)
    if (!v) return
    items.value = []
    loading.value = true
    await load()
    loading.value = false
    timer = setInterval(load, EVERY_MS)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return { items, loading }
}
