// The store counter (pos.html): Element Plus like the console, with the console's client, session and languages.
import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import '../styles.css'
import './pos.css'
import App from './App.vue'
import { i18n, currentLocale } from '../i18n'
import { onAuthLost, setLanguageProvider } from '../api/http'
import { dropSession } from '../auth/session'
import { router } from './router'
import en from './messages.en'
import zhCN from './messages.zh-CN'
import { registerShell } from './shell'

i18n.global.mergeLocaleMessage('en', en)
i18n.global.mergeLocaleMessage('zh-CN', zhCN)
setLanguageProvider(() => currentLocale())
onAuthLost(() => {
  dropSession()
  if (router.currentRoute.value.name !== 'sign-in') void router.replace({ name: 'sign-in' })
})
document.documentElement.lang = currentLocale()

createApp(App).use(i18n).use(ElementPlus).use(router).mount('#app')
registerShell()
