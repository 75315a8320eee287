import { i18n } from '../i18n'
import type { Scope } from '../api/types'

/** Formats an ISO-8601 timestamp in the browser's local time zone and the UI language. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const locale = i18n.global.locale.value
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(d)
}

export type EnumGroup =
  | 'role'
  | 'scopeType'
  | 'storeKind'
  | 'storeStatus'
  | 'warehouseStatus'
  | 'staffStatus'
  | 'apiClientStatus'
  | 'productStatus'
  | 'channel'
  | 'priceKind'
  | 'storeOverride'
  | 'verdict'
  | 'movementKind'
  | 'transferStatus'
  | 'stocktakeStatus'
  | 'replenishmentStatus'
  | 'skuStatus'
  | 'orderStatus'
  | 'orderChannel'
  | 'fulfilment'
  | 'tender'
  | 'paymentStatus'
  | 'returnStatus'

/** Translated label for an enum value; falls back to the raw value for unknown values. */
export function enumLabel(group: EnumGroup, value: string | null | undefined): string {
  if (!value) return '—'
  const key = `enum.${group}.${value}`
  return i18n.global.te(key) ? i18n.global.t(key) : value
}

export function scopeLabel(scope: Scope | null | undefined, tenantName?: string): string {
  if (!scope) return '—'
  const type = enumLabel('scopeType', scope.type)
  const name = scope.name || (scope.type === 'BRAND' ? tenantName : null) || scope.id
  return name ? `${type}: ${name}` : type
}

export function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  try {
    return JSON.stringify(value, null, 2)
  } catch {
    return String(value)
  }
}

/** "08:00:00" / "08:00" -> "08:00" (the server sends java.time.LocalTime). */
export function hhmm(value: string | null | undefined): string {
  if (!value) return ''
  const m = /^(\d{1,2}):(\d{2})(?::00(?:\.0+)?)?$/.exec(value.trim())
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : value
}
