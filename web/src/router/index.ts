import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { ensureSession, isSignedIn } from '../auth/session'
import { integrationRoutes } from '../integration/routes'

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
    component: () => import('../views/LoginView.vue'),
    meta: { public: true, title: 'login.title' },
  },
  {
    path: '/',
    component: () => import('../layouts/MainLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('../views/HomeView.vue'), meta: { title: 'nav.home' } },
      {
        path: 'stores',
        name: 'stores',
        component: () => import('../views/StoresView.vue'),
        meta: { permission: 'store:read', title: 'nav.stores' },
      },
      {
        path: 'categories',
        name: 'categories',
        component: () => import('../views/CategoriesView.vue'),
        meta: { permission: 'catalog:read', title: 'nav.categories' },
      },
      {
        path: 'products',
        name: 'products',
        component: () => import('../views/ProductsView.vue'),
        meta: { permission: 'catalog:read', title: 'nav.products' },
      },
      {
        path: 'products/new',
        name: 'product-new',
        component: () => import('../views/ProductEditorView.vue'),
        meta: { permission: 'catalog:write', title: 'product.create' },
      },
      {
        path: 'products/:id',
        name: 'product-detail',
        component: () => import('../views/ProductDetailView.vue'),
        meta: { permission: 'catalog:read', title: 'product.detail' },
      },
      {
        path: 'products/:id/edit',
        name: 'product-edit',
        component: () => import('../views/ProductEditorView.vue'),
        meta: { permission: 'catalog:write', title: 'product.edit' },
      },
      {
        path: 'catalog/exchange',
        name: 'catalog-exchange',
        component: () => import('../views/CatalogExchangeView.vue'),
        meta: { permission: 'catalog:write', title: 'nav.catalogExchange' },
      },
      {
        path: 'price-policy',
        name: 'price-policy',
        component: () => import('../views/PricePolicyView.vue'),
        meta: { permission: 'price:read', title: 'nav.pricePolicy' },
      },
      {
        path: 'stock',
        name: 'stock',
        component: () => import('../views/StockView.vue'),
        meta: { permission: 'stock:read', title: 'nav.stock' },
      },
      {
        path: 'stock/movements',
        name: 'stock-movements',
        component: () => import('../views/StockMovementsView.vue'),
        meta: { permission: 'stock:read', title: 'nav.stockMovements' },
      },
      {
        path: 'stock/locations',
        name: 'stock-locations',
        component: () => import('../views/StockLocationsView.vue'),
        meta: { permission: 'stock:read', title: 'nav.stockLocations' },
      },
      {
        path: 'stock/transfers',
        name: 'stock-transfers',
        component: () => import('../views/TransfersView.vue'),
        meta: { permission: 'stock:read', title: 'nav.stockTransfers' },
      },
      {
        path: 'stock/replenishment',
        name: 'replenishment',
        component: () => import('../views/ReplenishmentView.vue'),
        meta: { permission: 'stock:read', title: 'nav.replenishment' },
      },
      {
        path: 'stock/low-stock',
        name: 'low-stock',
        component: () => import('../views/LowStockView.vue'),
        meta: { permission: 'stock:read', title: 'nav.lowStock' },
      },
      {
        path: 'stock/stocktakes',
        name: 'stocktakes',
        component: () => import('../views/StocktakesView.vue'),
        meta: { permission: 'stock:read', title: 'nav.stocktakes' },
      },
      {
        path: 'stock/stocktakes/:id',
        name: 'stocktake-sheet',
        component: () => import('../views/StocktakeSheetView.vue'),
        meta: { permission: 'stock:read', title: 'stocktake.sheetTitle' },
      },
      {
        path: 'org',
        name: 'org',
        component: () => import('../views/OrgView.vue'),
        meta: { permission: 'org:read', title: 'nav.org' },
      },
      {
        path: 'warehouses',
        name: 'warehouses',
        component: () => import('../views/WarehousesView.vue'),
        meta: { permission: 'warehouse:read', title: 'nav.warehouses' },
      },
      {
        path: 'staff',
        name: 'staff',
        component: () => import('../views/StaffView.vue'),
        meta: { permission: 'staff:read', title: 'nav.staff' },
      },
      {
        path: 'api-clients',
        name: 'api-clients',
        component: () => import('../views/ApiClientsView.vue'),
        meta: { permission: 'api-client:manage', title: 'nav.apiClients' },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('../views/AuditView.vue'),
        meta: { permission: 'audit:read', title: 'nav.audit' },
      },
      ...integrationRoutes,
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../views/NotFoundView.vue'),
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
