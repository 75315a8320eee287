import { createI18n } from 'vue-i18n'
import { capabilities } from '../capabilities'
import en from './en'
import zhCN from './zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'oneshelf.locale'

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale
  } catch {
    /* ignore */
  }
  return 'zh-CN'
}

type Tree = { [key: string]: string | Tree }

/** Merges a capability's messages into the shared ones; groups such as `nav` and `enum` are merged key by key. */
function merge(into: Tree, from: object): Tree {
  for (const [key, value] of Object.entries(from as Tree)) {
    const here = into[key]
    if (typeof value === 'object' && typeof here === 'object') merge(here, value)
    else if (typeof value === 'object') into[key] = merge({}, value)
    else into[key] = value
  }
  return into
}

function messagesOf(locale: Locale, shared: object): Tree {
  const all = merge({}, shared)
  for (const c of capabilities) if (c.messages) merge(all, c.messages[locale])
  return all
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { 'zh-CN': messagesOf('zh-CN', zhCN), en: messagesOf('en', en) },
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    /* ignore */
  }
  document.documentElement.lang = locale
}
