// Marketing: automatic promotions (满减, percent off, buy X get Y) with a live price preview of a sample basket;
// coupon templates and issuing coupons; flash sales (秒杀); CouponsPanel (a customer's coupons) for the member page.
import { AlarmClock, Present, Tickets } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'
import flashEn from './flashMessages.en'
import flashZhCN from './flashMessages.zh-CN'

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
    {
      path: 'coupons',
      name: 'coupon-templates',
      component: () => import('./CouponTemplatesView.vue'),
      meta: { ...read, title: 'nav.coupons' },
    },
    {
      path: 'flash-sales',
      name: 'flash-sales',
      component: () => import('./FlashSalesView.vue'),
      meta: { ...read, title: 'flash.nav' },
    },
  ],
  nav: [
    { route: 'promotions', path: '/promotions', label: 'nav.promotions', test: 'nav-promotions', icon: Present, ...read },
    { route: 'coupon-templates', path: '/coupons', label: 'nav.coupons', test: 'nav-coupons', icon: Tickets, ...read },
    { route: 'flash-sales', path: '/flash-sales', label: 'flash.nav', test: 'nav-flash-sales', icon: AlarmClock, ...read },
  ],
  messages: { en: { ...en, flash: flashEn }, 'zh-CN': { ...zhCN, flash: flashZhCN } },
})
