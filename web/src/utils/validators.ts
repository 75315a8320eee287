import type { FormItemRule } from 'element-plus'
import { i18n } from '../i18n'

const t = (key: string) => i18n.global.t(key)

export function required(trigger: 'blur' | 'change' = 'blur'): FormItemRule {
  return { required: true, whitespace: true, message: () => t('validation.required'), trigger }
}

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/

export function timeOfDay(): FormItemRule {
  return {
    validator: (_r, value: unknown, cb) => {
      if (value === null || value === undefined || value === '') return cb()
      if (!HHMM.test(String(value).trim())) return cb(new Error(t('validation.timeFormat')))
      cb()
    },
    trigger: 'blur',
  }
}

export function coordinate(kind: 'latitude' | 'longitude'): FormItemRule {
  const max = kind === 'latitude' ? 90 : 180
  return {
    validator: (_r, value: unknown, cb) => {
      if (value === null || value === undefined || String(value).trim() === '') return cb()
      const n = Number(String(value).trim())
      if (!Number.isFinite(n)) return cb(new Error(t('validation.number')))
      if (n < -max || n > max) return cb(new Error(t(`validation.${kind}`)))
      cb()
    },
    trigger: 'blur',
  }
}

/** '' / whitespace → null; otherwise the trimmed string. */
export function blankToNull(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null
  const s = String(v).trim()
  return s === '' ? null : s
}

export function numberOrNull(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null
  const s = String(v).trim()
  if (s === '') return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

export function numberToText(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v)
}
