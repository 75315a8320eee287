import { createI18n } from 'vue-i18n'
import en from './messages.en'
import zhCN from './messages.zh-CN'
import flashEn from './flashMessages.en'
import flashZhCN from './flashMessages.zh-CN'
import socialEn from './socialMessages.en'
import socialZhCN from './socialMessages.zh-CN'
import postEn from './postMessages.en'
import postZhCN from './postMessages.zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

// the console's choice of language carries over to the shop on the same device
const STORAGE_KEY = 'oneshelf.locale'

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale
  } catch {
    /* ignore */
  }
  return navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: {
    'zh-CN': { ...zhCN, flash: flashZhCN, social: socialZhCN, post: postZhCN },
    en: { ...en, flash: flashEn, social: socialEn, post: postEn },
  },
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
