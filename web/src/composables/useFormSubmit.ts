// Submitting a form to the API:
//  - one Idempotency-Key per user submission; the same key is reused only when the same
//    payload is re-submitted after a network error (no HTTP response was received)
//  - RFC 9457 problem `errors[].field` messages land in `fieldErrors[field]`, to be bound
//    to <el-form-item :error="fieldErrors.xxx">; the rest is shown in an ElMessage
import { nextTick, reactive, ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError, NetworkError } from '../api/http'
import { i18n } from '../i18n'
import { newUuid } from '../utils/uuid'

export function showError(e: unknown): void {
  const t = i18n.global.t
  if (e instanceof NetworkError) {
    ElMessage.error({ message: t('error.network'), grouping: true })
  } else if (e instanceof ApiError) {
    const p = e.problem
    let msg = p.detail || p.title || t('error.generic')
    if (p.errors?.length && !p.detail) msg = p.errors.map((x) => x.message).join('; ')
    ElMessage.error({ message: msg, grouping: true, duration: 5000 })
  } else {
    console.error(e)
    ElMessage.error({ message: t('error.generic'), grouping: true })
  }
}

/**
 * Scrolls the first field that shows an error into view (in the open dialog, if one is open), so that an
 * error the server names stays in sight of a user who pressed Save at the bottom of a long form.
 */
export async function revealFirstError(): Promise<void> {
  await nextTick()
  const overlays = [...document.querySelectorAll<HTMLElement>('.el-overlay-dialog')].filter((o) => o.offsetParent !== null)
  const root: ParentNode = overlays.length ? overlays[overlays.length - 1]! : document
  const first = root.querySelector<HTMLElement>('.el-form-item.is-error, [data-field-error]')
  first?.scrollIntoView({ block: 'center', behavior: 'auto' })
}

export interface SubmitOptions {
  /** Called with ApiError before the default handling; return true if handled. */
  onApiError?: (e: ApiError) => boolean
}

export function useFormSubmit<F extends string>(fields: readonly F[]) {
  const fieldErrors = reactive<Record<string, string>>({})
  const submitting = ref(false)
  let pendingKey: string | null = null
  let pendingPayload: string | null = null

  function clearErrors(): void {
    for (const k of Object.keys(fieldErrors)) fieldErrors[k] = ''
  }

  /** Forget errors and any pending key (call when a dialog is (re)opened). */
  function reset(): void {
    clearErrors()
    pendingKey = null
    pendingPayload = null
  }

  function keyFor(payload: unknown): string {
    const serialized = JSON.stringify(payload ?? null)
    if (pendingKey && pendingPayload === serialized) return pendingKey
    pendingKey = newUuid()
    pendingPayload = serialized
    return pendingKey
  }

  function applyProblem(e: ApiError): void {
    const p = e.problem
    const unmatched: string[] = []
    const known = new Set<string>(fields)
    for (const fe of p.errors ?? []) {
      const field = fe.field ?? ''
      const message = fe.message ?? ''
      if (known.has(field)) {
        fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}; ${message}` : message
      } else {
        unmatched.push(field ? `${field}: ${message}` : message)
      }
    }
    if (unmatched.length < (p.errors?.length ?? 0)) void revealFirstError()
    if (!p.errors?.length || unmatched.length) {
      const detail = p.detail || p.title || i18n.global.t('error.generic')
      const msg = unmatched.length ? `${detail} (${unmatched.join('; ')})` : detail
      ElMessage.error({ message: msg, grouping: true, duration: 5000 })
    }
  }

  /**
   * Runs `send(idempotencyKey)` for `payload`. Resolves to {value} on success, or null on
   * failure (errors are already displayed).
   */
  async function submit<T>(
    payload: unknown,
    send: (idempotencyKey: string) => Promise<T>,
    opts: SubmitOptions = {},
  ): Promise<{ value: T } | null> {
    if (submitting.value) return null
    const key = keyFor(payload)
    clearErrors()
    submitting.value = true
    try {
      const value = await send(key)
      pendingKey = null
      pendingPayload = null
      return { value }
    } catch (e) {
      if (e instanceof NetworkError) {
        // keep pendingKey: a retry of the same payload reuses it
        showError(e)
      } else {
        pendingKey = null
        pendingPayload = null
        if (e instanceof ApiError) {
          if (!opts.onApiError || !opts.onApiError(e)) applyProblem(e)
        } else {
          showError(e)
        }
      }
      return null
    } finally {
      submitting.value = false
    }
  }

  return { fieldErrors, submitting, submit, reset, clearErrors }
}
