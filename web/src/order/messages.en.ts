// The order screens' messages in English; merged into the console's messages by i18n/index.ts.
const en = {
  nav: { groupOrder: 'Orders', routingRules: 'Order routing' },
  enum: {
    routingPreference: { PREFER_WAREHOUSE: 'Warehouses first', PREFER_STORES: 'Nearest stores first' },
    franchiseStockRule: { NEVER: 'Never', ABOVE_BUFFER: 'Above a buffer', ALWAYS: 'Always' },
  },
  routing: {
    title: 'Order routing',
    intro: 'Where online orders are served from. Pickup orders come from the store the customer chose; till sales from the till’s store.',
    preference: 'Express parcels come from',
    preferenceHint: {
      PREFER_WAREHOUSE: 'A warehouse that has every item, else the nearest store that does; otherwise the order is split into as few parcels as possible.',
      PREFER_STORES: 'The nearest store that has every item, else a warehouse; otherwise the order is split into as few parcels as possible.',
    },
    sameCityMaxKm: 'Same-city delivery within',
    sameCityHint: 'Same-city orders come from the nearest store with every item within this distance of the address, never split.',
    km: 'km',
    franchiseStock: 'Online orders use franchised stores’ stock',
    franchiseHint: {
      NEVER: 'Franchised stores’ stock is never used for online orders (pickup at a franchised store is refused).',
      ABOVE_BUFFER: 'Only what a franchised store has available above the buffer, per item.',
      ALWAYS: 'Everything a franchised store has available, like the brand’s own stores.',
    },
    franchiseBuffer: 'Buffer a franchised store keeps (per item)',
    sharedNote: 'Only open stores and warehouses whose stock is shared with online (Stock locations) are used.',
    readOnly: 'Only the HQ admin changes the routing rule.',
    saved: 'Routing rule saved',
    kmInvalid: 'Use 0.1 to 100 km, at most one decimal',
    bufferInvalid: 'Use a whole number from 0 to 1,000,000',
  },
}

export default en
export type OrderMessages = typeof en
