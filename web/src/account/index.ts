// The signed-in user's own account (profile, password). Sign-in itself is outside the main layout (router/).
import { House } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'

export default defineCapability({
  key: 'account',
  routes: [{ path: '', name: 'home', component: () => import('./HomeView.vue'), meta: { title: 'nav.home' } }],
  nav: [{ route: 'home', path: '/', label: 'nav.home', test: 'nav-home', icon: House }],
})
