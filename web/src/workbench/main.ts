// The guides' phone workbench (guide.html): Vant like the storefront, with the console's client, staff session and
// languages. My customers (tier, last purchase, tags, RFM) and my sales and commission.
import { createApp } from 'vue'
import Vant from 'vant'
import 'vant/lib/index.css'
import App from './App.vue'
import { i18n, currentLocale } from '../i18n'
import { onAuthLost, setLanguageProvider } from '../api/http'
import { dropSession } from '../auth/session'
import { router } from './router'
import en from './messages.en'
import zhCN from './messages.zh-CN'

i18n.global.mergeLocaleMessage('en', en)
i18n.global.mergeLocaleMessage('zh-CN', zhCN)
setLanguageProvider(() => currentLocale())
onAuthLost(() => {
  dropSession()
  if (router.currentRoute.value.name !== 'sign-in') void router.replace({ name: 'sign-in' })
})
document.documentElement.lang = currentLocale()

createApp(App).use(i18n).use(Vant).use(router).mount('#app')
