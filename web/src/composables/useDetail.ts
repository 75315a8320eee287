// The record a detail drawer shows: fetched afresh whenever the drawer opens or is pointed at another id,
// cleared first so that a previous record never shows under the new title.
import { ref, watch, type Ref } from 'vue'
import { showError } from './useFormSubmit'

export function useDetail<T>(
  visible: Ref<boolean>,
  id: () => string | null,
  fetch: (id: string) => Promise<T>,
  onOpen: () => void = () => undefined,
) {
  const record = ref(null) as Ref<T | null>
  const loading = ref(false)

  async function load(): Promise<void> {
    const current = id()
    if (!current) return
    loading.value = true
    try {
      record.value = await fetch(current)
    } catch (e) {
      showError(e)
    } finally {
      loading.value = false
    }
  }
  watch(
    () => [visible.value, id()] as const,
    ([v]) => {
      if (!v) return
      record.value = null
      onOpen()
      void load()
    },
    { immediate: true },
  )
  return { record, loading, load }
}
