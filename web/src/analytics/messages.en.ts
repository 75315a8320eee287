// The dashboard's messages in English; merged into the console's messages by i18n/index.ts.
const en = {
  nav: { home: 'Today' },
  dashboard: {
    title: 'Today',
    day: '{day} ({zone})',
    orders: 'Orders',
    sales: 'Sales',
    returned: 'Returned',
    byChannel: 'By channel',
    byStore: 'By store',
    noStore: 'Online, sent from a warehouse',
    nothingYet: 'No orders yet today',
    live: 'Updates by itself',
    updatedAt: 'Last sale {time}',
    noAccess: 'Sales figures need the order:read permission.',
    account: 'My account',
  },
}
export default en
export type DashboardMessages = typeof en
