// Inventory: stock balances and movements, stock locations and reconciliation, transfers, replenishment,
// low stock and stocktakes.
import { Checked, Histogram, List, Location, ShoppingCart, Van, Warning } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const stockRead = { permission: 'stock:read' }

export default defineCapability({
  key: 'inventory',
  title: 'nav.groupInventory',
  routes: [
    { path: 'stock', name: 'stock', component: () => import('./StockView.vue'), meta: { ...stockRead, title: 'nav.stock' } },
    {
      path: 'stock/movements',
      name: 'stock-movements',
      component: () => import('./StockMovementsView.vue'),
      meta: { ...stockRead, title: 'nav.stockMovements' },
    },
    {
      path: 'stock/locations',
      name: 'stock-locations',
      component: () => import('./StockLocationsView.vue'),
      meta: { ...stockRead, title: 'nav.stockLocations' },
    },
    {
      path: 'stock/transfers',
      name: 'stock-transfers',
      component: () => import('./TransfersView.vue'),
      meta: { ...stockRead, title: 'nav.stockTransfers' },
    },
    {
      path: 'stock/replenishment',
      name: 'replenishment',
      component: () => import('./ReplenishmentView.vue'),
      meta: { ...stockRead, title: 'nav.replenishment' },
    },
    {
      path: 'stock/low-stock',
      name: 'low-stock',
      component: () => import('./LowStockView.vue'),
      meta: { ...stockRead, title: 'nav.lowStock' },
    },
    {
      path: 'stock/stocktakes',
      name: 'stocktakes',
      component: () => import('./StocktakesView.vue'),
      meta: { ...stockRead, title: 'nav.stocktakes' },
    },
    {
      path: 'stock/stocktakes/:id',
      name: 'stocktake-sheet',
      component: () => import('./StocktakeSheetView.vue'),
      meta: { ...stockRead, title: 'stocktake.sheetTitle' },
    },
  ],
  nav: [
    { route: 'stock', path: '/stock', label: 'nav.stock', test: 'nav-stock', icon: Histogram, ...stockRead },
    { route: 'stock-movements', path: '/stock/movements', label: 'nav.stockMovements', test: 'nav-stock-movements', icon: List, ...stockRead },
    { route: 'stock-locations', path: '/stock/locations', label: 'nav.stockLocations', test: 'nav-stock-locations', icon: Location, ...stockRead },
    { route: 'stock-transfers', path: '/stock/transfers', label: 'nav.stockTransfers', test: 'nav-stock-transfers', icon: Van, ...stockRead },
    { route: 'replenishment', path: '/stock/replenishment', label: 'nav.replenishment', test: 'nav-replenishment', icon: ShoppingCart, ...stockRead },
    { route: 'low-stock', path: '/stock/low-stock', label: 'nav.lowStock', test: 'nav-low-stock', icon: Warning, ...stockRead },
    {
      route: 'stocktakes',
      path: '/stock/stocktakes',
      label: 'nav.stocktakes',
      test: 'nav-stocktakes',
      icon: Checked,
      ...stockRead,
      alsoFor: ['stocktake-sheet'],
    },
  ],
  messages: { en, 'zh-CN': zhCN },
})
