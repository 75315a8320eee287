// Marketing: automatic promotions (满减, percent off, buy X get Y) with a live price preview of a sample basket.
import { Present } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'price:read' }

export default defineCapability({
  key: 'promotion',
  title: 'nav.groupPromotion',
  routes: [
    {
      path: 'promotions',
      name: 'promotions',
      component: () => import('./PromotionsView.vue'),
      meta: { ...read, title: 'nav.promotions' },
    },
  ],
  nav: [
    { route: 'promotions', path: '/promotions', label: 'nav.promotions', test: 'nav-promotions', icon: Present, ...read },
  ],
  messages: { en, 'zh-CN': zhCN },
})
