import { createRouter, createWebHashHistory } from 'vue-router'
import { hasAnyToken } from '../auth/tokens'
import { pos } from './state'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/sell' },
    { path: '/sign-in', name: 'sign-in', component: () => import('./views/SignInView.vue'), meta: { open: true } },
    { path: '/till', name: 'till', component: () => import('./views/TillView.vue') },
    { path: '/sell', name: 'sell', component: () => import('./views/SellView.vue'), meta: { counter: true } },
    { path: '/receipt/:orderId', name: 'receipt', component: () => import('./views/ReceiptView.vue'), props: true, meta: { counter: true } },
    { path: '/returns', name: 'returns', component: () => import('./views/ReturnView.vue'), meta: { counter: true } },
    { path: '/close', name: 'close', component: () => import('./views/CloseShiftView.vue'), meta: { counter: true } },
    { path: '/:rest(.*)*', redirect: '/sell' },
  ],
})

router.beforeEach((to) => {
  if (to.meta.open) return true
  // the tokens are enough here: with the server down the counter keeps selling on what this device knows
  if (!hasAnyToken() || !pos.cashier) return { name: 'sign-in' }
  if (to.meta.counter && (!pos.till || !pos.shift)) return { name: 'till' }
  return true
})
