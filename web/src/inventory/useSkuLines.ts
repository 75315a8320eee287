// SKU lines of a stock document (transfer, replenishment order): the form model, the field names the
// server may name in errors, client-side quantity rule and the request body.
import type { SkuOption } from '../catalog/useSkus'

export const MAX_LINES = 200
const INT = /^\d{1,7}$/

export interface LineForm {
  key: number
  skuId: string | null
  sku: SkuOption | null
  quantity: string
}

let seq = 0
export function newLine(sku: SkuOption | null = null): LineForm {
  return { key: ++seq, skuId: sku?.id ?? null, sku, quantity: '' }
}

/** The per-line field names a problem's errors[] may carry, for useFormSubmit. */
export function lineFields(): string[] {
  return ['lines', ...Array.from({ length: MAX_LINES }, (_, i) => [`lines[${i}].skuId`, `lines[${i}].quantity`, `lines[${i}]`]).flat()]
}

/** Whole numbers from 1 to 1,000,000; `message` is the translated error. */
export function quantityRule(required: () => string, message: () => string) {
  return {
    validator: (_r: unknown, value: unknown, cb: (e?: Error) => void) => {
      const s = String(value ?? '').trim()
      if (!s) return cb(new Error(required()))
      if (!INT.test(s) || Number(s) < 1 || Number(s) > 1_000_000) return cb(new Error(message()))
      cb()
    },
    trigger: 'blur',
  }
}

/** Lines as the API takes them; a non-numeric quantity is sent as typed so the server names it. */
export function linesBody(lines: LineForm[]): { skuId: string | null; quantity: number | string }[] {
  return lines.map((l) => ({ skuId: l.skuId, quantity: INT.test(l.quantity.trim()) ? Number(l.quantity.trim()) : l.quantity }))
}

export function pickedSkus(lines: LineForm[]): SkuOption[] {
  return lines.map((l) => l.sku).filter((s): s is SkuOption => !!s)
}
