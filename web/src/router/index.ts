import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { ensureSession, isSignedIn } from '../auth/session'
import { capabilities } from '../capabilities'

declare module 'vue-router' {
  interface RouteMeta {
    /** Route is reachable without signing in. */
    public?: boolean
    /** Permission (from /me.permissions) needed to open the route. */
    permission?: string
    /** i18n key of the page title. */
    title?: string
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../account/LoginView.vue'),
    meta: { public: true, title: 'login.title' },
  },
  {
    path: '/',
    component: () => import('../layouts/MainLayout.vue'),
    children: [
      ...capabilities.flatMap((c) => c.routes),
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../layouts/NotFoundView.vue'),
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
})

router.beforeEach(async (to) => {
  if (to.meta.public) {
    if (to.name === 'login' && isSignedIn()) return { name: 'home' }
    return true
  }
  if (await ensureSession()) return true
  return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
})

// After a redeploy, lazily loaded chunks of the old build are gone: reload once to pick up the new build.
router.onError((err: unknown, to) => {
  const msg = err instanceof Error ? err.message : String(err)
  if (!/dynamically imported module|Importing a module script failed|Loading chunk/i.test(msg)) return
  const flag = 'oneshelf.chunkReload'
  if (sessionStorage.getItem(flag) === to.fullPath) return
  sessionStorage.setItem(flag, to.fullPath)
  window.location.hash = to.fullPath
  window.location.reload()
})
