import { createApp } from 'vue'
import Vant from 'vant'
import 'vant/lib/index.css'
import App from './App.vue'
import { i18n, currentLocale } from './i18n'
import { router } from './router'
import { onSignInNeeded, setLanguage } from './api'
import './shop.css'

setLanguage(() => currentLocale())
onSignInNeeded((brand) => {
  const current = router.currentRoute.value
  if (current.name !== 'sign-in') {
    void router.replace({ name: 'sign-in', params: { brand }, query: { redirect: current.fullPath } })
  }
})
document.documentElement.lang = currentLocale()

createApp(App).use(i18n).use(Vant).use(router).mount('#app')
