// The signed-in user's own account (profile, password). Sign-in itself is outside the main layout (router/); the
// landing page is the dashboard (analytics/).
import { User } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'

export default defineCapability({
  key: 'account',
  routes: [{ path: 'account', name: 'account', component: () => import('./HomeView.vue'), meta: { title: 'nav.account' } }],
  nav: [{ route: 'account', path: '/account', label: 'nav.account', test: 'nav-account', icon: User }],
})
