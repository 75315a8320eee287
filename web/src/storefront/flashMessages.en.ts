// The shop's flash-sale messages in English (under `flash`); merged into the shop's messages in i18n.ts.
const en = {
  label: 'Flash sale',
  was: 'was {price}',
  left: '{n} left at this price',
  allGone: 'All taken at the flash price',
  perCustomer: 'Up to {n} per customer, signed in',
  endsIn: 'Ends in',
  days: '{n}d',
  over: 'Ended',
}

export default en
export type ShopFlashMessages = typeof en
