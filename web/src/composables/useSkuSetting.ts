// The save and conflict handling of a dialog that edits one SKU's versioned setting (a voucher plan, a
// made-to-order lead time): a stale version (409 on `version`) shows the dialog's conflict banner, an unknown SKU
// (404) the error under its SKU field, and "reload latest" reads the SKU's setting again into the form.
import { ref, type Ref } from 'vue'
import { ApiError } from '../api/http'
import { showError } from './useFormSubmit'

export function useSkuSetting<S>(
  skuId: () => string | null,
  read: (skuId: string) => Promise<S>,
  fill: (setting: S) => void,
  skuError: (message: string) => void,
  genericError: () => string,
) {
  const conflict = ref(false)
  const reloading = ref(false)

  /** For useFormSubmit's onApiError: true when the refusal was shown here. */
  function onApiError(e: ApiError): boolean {
    if (e.status === 409 && e.problem.errors?.some((x) => x.field === 'version')) {
      conflict.value = true
      return true
    }
    if (e.status === 404) {
      skuError(e.problem.detail ?? e.problem.title ?? genericError())
      return true
    }
    return false
  }

  async function reloadLatest(): Promise<void> {
    const id = skuId()
    if (!id) return
    reloading.value = true
    try {
      fill(await read(id))
    } catch (e) {
      showError(e)
    } finally {
      reloading.value = false
    }
  }

  return { conflict: conflict as Ref<boolean>, reloading, onApiError, reloadLatest }
}
