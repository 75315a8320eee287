import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { i18n, currentLocale } from './i18n'
import { router } from './router'
import { onAuthLost, setLanguageProvider } from './api/http'
import { dropSession } from './auth/session'
import './styles.css'

setLanguageProvider(() => currentLocale())
onAuthLost(() => {
  dropSession()
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  }
})

document.documentElement.lang = currentLocale()

createApp(App).use(i18n).use(ElementPlus).use(router).mount('#app')
