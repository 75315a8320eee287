// Hash routes with the brand code first: #/{brandCode}/, #/{brandCode}/products/{spuId}, #/{brandCode}/cart,
// #/{brandCode}/orders, #/{brandCode}/orders/{orderId} (the page a guide's pay link opens), #/{brandCode}/vouchers.
import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router'
import { signedIn } from './session'
import { followGuideLink } from './guideLink'
import { followReferral } from './distribution'

declare module 'vue-router' {
  interface RouteMeta {
    /** the screen needs a signed-in customer of the shop */
    customer?: boolean
    /** the bottom tab this screen belongs to */
    tab?: 'home' | 'cart' | 'orders' | 'me'
  }
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'choose', component: () => import('./views/ChooseShopView.vue') },
    { path: '/:brand/', name: 'home', component: () => import('./views/HomeView.vue'), meta: { tab: 'home' } },
    {
      path: '/:brand/products',
      name: 'products',
      component: () => import('./views/ProductListView.vue'),
      meta: { tab: 'home' },
    },
    { path: '/:brand/products/:id', name: 'product', component: () => import('./views/ProductView.vue') },
    {
      path: '/:brand/cart',
      name: 'cart',
      component: () => import('./views/CartView.vue'),
      meta: { customer: true, tab: 'cart' },
    },
    {
      path: '/:brand/checkout',
      name: 'checkout',
      component: () => import('./views/CheckoutView.vue'),
      meta: { customer: true },
    },
    {
      path: '/:brand/orders',
      name: 'orders',
      component: () => import('./views/OrderListView.vue'),
      meta: { customer: true, tab: 'orders' },
    },
    {
      path: '/:brand/orders/:id',
      name: 'order',
      component: () => import('./views/OrderView.vue'),
      meta: { customer: true },
    },
    {
      path: '/:brand/vouchers',
      name: 'vouchers',
      component: () => import('./views/VoucherListView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    {
      path: '/:brand/member-card',
      name: 'member-card',
      component: () => import('./views/MemberCardView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    {
      path: '/:brand/privacy',
      name: 'privacy',
      component: () => import('./views/PrivacyView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    {
      path: '/:brand/member',
      name: 'member',
      component: () => import('./views/member/MemberView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    { path: '/:brand/social', name: 'social', component: () => import('./views/social/SocialView.vue') },
    { path: '/:brand/groups/:code', name: 'group', component: () => import('./views/social/GroupView.vue') },
    { path: '/:brand/bargains/:code', name: 'bargain', component: () => import('./views/social/BargainView.vue') },
    { path: '/:brand/posts/:code', name: 'post', component: () => import('./views/posts/PostView.vue') },
    {
      path: '/:brand/coupons',
      name: 'coupons',
      component: () => import('./views/CouponListView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    {
      path: '/:brand/distribution',
      name: 'distribution',
      component: () => import('./views/distribution/DistributorCentreView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    {
      path: '/:brand/wallet',
      name: 'wallet',
      component: () => import('./views/WalletView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    { path: '/:brand/sign-in', name: 'sign-in', component: () => import('./views/SignInView.vue') },
    { path: '/:brand/me', name: 'me', component: () => import('./views/AccountView.vue'), meta: { tab: 'me' } },
    {
      path: '/:brand/addresses',
      name: 'addresses',
      component: () => import('./views/AddressListView.vue'),
      meta: { customer: true, tab: 'me' },
    },
    {
      path: '/:brand/addresses/:id',
      name: 'address',
      component: () => import('./views/AddressEditView.vue'),
      meta: { customer: true },
    },
    { path: '/:brand', redirect: (to) => ({ name: 'home', params: { brand: to.params.brand } }) },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

export function brandOf(route: RouteLocationNormalized): string {
  return String(route.params.brand ?? '')
}

router.beforeEach((to) => {
  if (to.meta.customer && !signedIn(brandOf(to))) {
    return { name: 'sign-in', params: { brand: brandOf(to) }, query: { redirect: to.fullPath } }
  }
  return true
})

router.afterEach((to) => {
  if (to.params.brand) followGuideLink(to, brandOf(to))
  if (to.params.brand) followReferral(to, brandOf(to))
})
