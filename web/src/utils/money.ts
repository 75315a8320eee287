// Money is integer fen in the API and yuan with two decimals in the UI. Conversions go through
// strings and integers only, so there is no floating-point drift (12.3 -> 1230, never 1229).

export const YUAN = /^\d{1,12}(\.\d{1,2})?$/

/** "12.5" / "12.50" / "12" -> 1250 / 1250 / 1200; null when the text is not a valid amount. */
export function yuanToFen(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null
  const s = String(text).trim().replace(/^¥\s*/, '')
  if (!YUAN.test(s)) return null
  const [whole, frac = ''] = s.split('.')
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2))
}

/** 1250 -> "12.50" (no currency sign). */
export function fenToYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return ''
  const neg = fen < 0
  const abs = Math.abs(Math.trunc(fen))
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
  return neg ? `-${s}` : s
}

/** 1250 -> "¥12.50"; null -> "—". */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—'
  return `¥${fenToYuan(fen)}`
}
