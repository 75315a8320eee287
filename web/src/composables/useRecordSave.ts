// Saving a form dialog that creates one record (POST <path>) or edits it (PUT <path>/<id>, with its version).
// A 409 without field errors on an edit means someone else saved first: `conflict` turns on, and
// `reloadLatest` fetches the record again, refills the form through `fill` and forgets the errors.
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { http } from '../api/http'
import { i18n } from '../i18n'
import { useFormSubmit } from './useFormSubmit'

export function useRecordSave<T, F extends string>(
  path: string,
  fields: readonly F[],
  editing: () => { id: string } | null,
  fill: (latest: T) => void,
) {
  const form = useFormSubmit(fields)
  const conflict = ref(false)
  const reloading = ref(false)
  const url = (id: string) => `${path}/${encodeURIComponent(id)}`

  /** Forget errors, any pending key and the conflict (call when the dialog opens). */
  function reset(): void {
    form.reset()
    conflict.value = false
  }

  /** Sends the body; on success says "saved" or "created" and resolves to the record, else to null. */
  async function save(body: object): Promise<{ value: T; created: boolean } | null> {
    const t = i18n.global.t
    const record = editing()
    const res = await form.submit(
      body,
      (key) => (record ? http.put<T>(url(record.id), body, key) : http.post<T>(path, body, key)),
      {
        onApiError: (e) => {
          if (e.status !== 409 || !record || e.problem.errors?.length) return false
          conflict.value = true
          ElMessage.error({ message: e.problem.detail || t('error.conflict'), duration: 5000 })
          return true
        },
      },
    )
    if (!res) return null
    ElMessage.success(record ? t('common.saved') : t('common.created'))
    return { value: res.value, created: !record }
  }

  /** Fetches the edited record again and refills the form; resolves to it, or null when that failed. */
  async function reloadLatest(): Promise<T | null> {
    const record = editing()
    if (!record) return null
    reloading.value = true
    try {
      const latest = await http.get<T>(url(record.id))
      fill(latest)
      reset()
      return latest
    } catch (e) {
      ElMessage.error(e instanceof Error ? e.message : String(e))
      return null
    } finally {
      reloading.value = false
    }
  }

  return { ...form, reset, conflict, reloading, save, reloadLatest }
}
