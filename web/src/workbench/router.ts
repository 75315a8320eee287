import { createRouter, createWebHashHistory } from 'vue-router'
import { ensureSession } from '../auth/session'
import './shares/messages'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/customers' },
    { path: '/sign-in', name: 'sign-in', component: () => import('./views/SignInView.vue'), meta: { open: true } },
    { path: '/customers', name: 'customers', component: () => import('./views/CustomersView.vue') },
    { path: '/tasks', name: 'tasks', component: () => import('./views/TasksView.vue') },
    { path: '/sales', name: 'sales', component: () => import('./views/SalesView.vue') },
    { path: '/shares', name: 'shares', component: () => import('./shares/SharesView.vue') },
    { path: '/:rest(.*)*', redirect: '/customers' },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.open) return true
  return (await ensureSession().catch(() => false)) ? true : { name: 'sign-in' }
})
