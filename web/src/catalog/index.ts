// Catalog: categories and product brands, products with their SKUs, pictures and prices, the price policy,
// import and export.
import { Files, Goods, Menu, PriceTag } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

export default defineCapability({
  key: 'catalog',
  title: 'nav.groupCatalog',
  routes: [
    {
      path: 'categories',
      name: 'categories',
      component: () => import('./CategoriesView.vue'),
      meta: { permission: 'catalog:read', title: 'nav.categories' },
    },
    {
      path: 'products',
      name: 'products',
      component: () => import('./ProductsView.vue'),
      meta: { permission: 'catalog:read', title: 'nav.products' },
    },
    {
      path: 'products/new',
      name: 'product-new',
      component: () => import('./ProductEditorView.vue'),
      meta: { permission: 'catalog:write', title: 'product.create' },
    },
    {
      path: 'products/:id',
      name: 'product-detail',
      component: () => import('./ProductDetailView.vue'),
      meta: { permission: 'catalog:read', title: 'product.detail' },
    },
    {
      path: 'products/:id/edit',
      name: 'product-edit',
      component: () => import('./ProductEditorView.vue'),
      meta: { permission: 'catalog:write', title: 'product.edit' },
    },
    {
      path: 'catalog/exchange',
      name: 'catalog-exchange',
      component: () => import('./CatalogExchangeView.vue'),
      meta: { permission: 'catalog:write', title: 'nav.catalogExchange' },
    },
    {
      path: 'price-policy',
      name: 'price-policy',
      component: () => import('./PricePolicyView.vue'),
      meta: { permission: 'price:read', title: 'nav.pricePolicy' },
    },
  ],
  nav: [
    { route: 'categories', path: '/categories', label: 'nav.categories', test: 'nav-categories', icon: Menu, permission: 'catalog:read' },
    {
      route: 'products',
      path: '/products',
      label: 'nav.products',
      test: 'nav-products',
      icon: Goods,
      permission: 'catalog:read',
      alsoFor: ['product-new', 'product-detail', 'product-edit'],
    },
    {
      route: 'catalog-exchange',
      path: '/catalog/exchange',
      label: 'nav.catalogExchange',
      test: 'nav-catalog-exchange',
      icon: Files,
      permission: 'catalog:write',
    },
    { route: 'price-policy', path: '/price-policy', label: 'nav.pricePolicy', test: 'nav-price-policy', icon: PriceTag, permission: 'price:read' },
  ],
  messages: { en, 'zh-CN': zhCN },
})
