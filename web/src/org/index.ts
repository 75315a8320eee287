// Organisation: stores and warehouses (one place list by kind), regions and franchisees, staff, API clients.
import { Box, Key, OfficeBuilding, Shop, User } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

export default defineCapability({
  key: 'org',
  title: 'nav.groupOrg',
  routes: [
    {
      path: 'stores',
      name: 'stores',
      component: () => import('./PlacesView.vue'),
      props: { kind: 'store' },
      meta: { permission: 'store:read', title: 'nav.stores' },
    },
    {
      path: 'warehouses',
      name: 'warehouses',
      component: () => import('./PlacesView.vue'),
      props: { kind: 'warehouse' },
      meta: { permission: 'warehouse:read', title: 'nav.warehouses' },
    },
    { path: 'org', name: 'org', component: () => import('./OrgView.vue'), meta: { permission: 'org:read', title: 'nav.org' } },
    { path: 'staff', name: 'staff', component: () => import('./StaffView.vue'), meta: { permission: 'staff:read', title: 'nav.staff' } },
    {
      path: 'api-clients',
      name: 'api-clients',
      component: () => import('./ApiClientsView.vue'),
      meta: { permission: 'api-client:manage', title: 'nav.apiClients' },
    },
  ],
  nav: [
    { route: 'stores', path: '/stores', label: 'nav.stores', test: 'nav-stores', icon: Shop, permission: 'store:read' },
    { route: 'warehouses', path: '/warehouses', label: 'nav.warehouses', test: 'nav-warehouses', icon: Box, permission: 'warehouse:read' },
    { route: 'staff', path: '/staff', label: 'nav.staff', test: 'nav-staff', icon: User, permission: 'staff:read' },
    { route: 'org', path: '/org', label: 'nav.org', test: 'nav-org', icon: OfficeBuilding, permission: 'org:read' },
    { route: 'api-clients', path: '/api-clients', label: 'nav.apiClients', test: 'nav-api-clients', icon: Key, permission: 'api-client:manage' },
  ],
  messages: { en, 'zh-CN': zhCN },
})
