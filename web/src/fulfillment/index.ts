// Fulfilment: pickup verification at the store (核销) and the task board of stores and warehouses (pick, pack,
// hand over, deliver); the booked orders to make (production list) and which SKUs are made to order, with their lead
// time.
import { Finished, Tickets, Calendar, Timer } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'fulfillment:read' }
const write = { permission: 'fulfillment:write' }
const catalog = { permission: 'catalog:read' }

export default defineCapability({
  key: 'fulfillment',
  title: 'nav.groupFulfilment',
  routes: [
    {
      path: 'fulfilment/pickups',
      name: 'pickup-verify',
      component: () => import('./PickupVerifyView.vue'),
      meta: { ...write, title: 'nav.pickupVerify' },
    },
    {
      path: 'fulfilment/tasks',
      name: 'fulfilment-tasks',
      component: () => import('./TaskBoardView.vue'),
      meta: { ...read, title: 'nav.fulfilmentTasks' },
    },
    {
      path: 'fulfilment/production',
      name: 'production',
      component: () => import('./ProductionView.vue'),
      meta: { ...read, title: 'nav.production' },
    },
    {
      path: 'fulfilment/made-to-order',
      name: 'made-to-order',
      component: () => import('./MadeToOrderView.vue'),
      meta: { ...catalog, title: 'nav.madeToOrder' },
    },
  ],
  nav: [
    { route: 'pickup-verify', path: '/fulfilment/pickups', label: 'nav.pickupVerify', test: 'nav-pickup-verify', icon: Finished, ...write },
    { route: 'fulfilment-tasks', path: '/fulfilment/tasks', label: 'nav.fulfilmentTasks', test: 'nav-fulfilment-tasks', icon: Tickets, ...read },
    { route: 'production', path: '/fulfilment/production', label: 'nav.production', test: 'nav-production', icon: Calendar, ...read },
    { route: 'made-to-order', path: '/fulfilment/made-to-order', label: 'nav.madeToOrder', test: 'nav-made-to-order', icon: Timer, ...catalog },
  ],
  messages: { en, 'zh-CN': zhCN },
})
