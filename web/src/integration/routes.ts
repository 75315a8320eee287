// The integration screens: their routes and menu entries, added to the console's router and menu.
import type { RouteRecordRaw } from 'vue-router'
import { Connection, DataLine, Tickets } from '@element-plus/icons-vue'

export const WEBHOOKS_PERMISSION = 'integration:webhooks'
export const EVENTS_PERMISSION = 'integration:events'

export const integrationRoutes: RouteRecordRaw[] = [
  {
    path: 'webhooks',
    name: 'webhooks',
    component: () => import('./WebhookEndpointsView.vue'),
    meta: { permission: WEBHOOKS_PERMISSION, title: 'nav.webhooks' },
  },
  {
    path: 'webhooks/deliveries',
    name: 'webhook-deliveries',
    component: () => import('./WebhookDeliveriesView.vue'),
    meta: { permission: WEBHOOKS_PERMISSION, title: 'nav.webhookDeliveries' },
  },
  {
    path: 'events',
    name: 'event-feed',
    component: () => import('./EventFeedView.vue'),
    meta: { permission: EVENTS_PERMISSION, title: 'nav.eventFeed' },
  },
]

export const integrationNav = [
  { name: 'webhooks', path: '/webhooks', label: 'nav.webhooks', test: 'nav-webhooks', icon: Connection, permission: WEBHOOKS_PERMISSION },
  { name: 'webhook-deliveries', path: '/webhooks/deliveries', label: 'nav.webhookDeliveries', test: 'nav-webhook-deliveries', icon: Tickets, permission: WEBHOOKS_PERMISSION },
  { name: 'event-feed', path: '/events', label: 'nav.eventFeed', test: 'nav-event-feed', icon: DataLine, permission: EVENTS_PERMISSION },
]
