// Group buys (拼团) and bargains (砍价) in the shop: the campaigns running and a group or a bargain by its share code
// are open to anyone; opening, joining, starting, helping and buying are the signed-in customer's (opening, joining
// and buying answer an order to pay on its page). Money in fen.
import { json } from './api'
import { newUuid } from '../utils/uuid'

export interface ShopGroupMember {
  shownAs: string
  leader: boolean
  status: 'PENDING' | 'PAID' | 'RELEASED' | 'REFUNDED'
  joinedAt: string
  paidAt: string | null
}

export interface ShopGroup {
  id: string
  code: string
  status: 'OPENING' | 'OPEN' | 'SUCCEEDED' | 'FAILED'
  groupBuyId: string
  campaignName: string
  skuId: string
  groupPrice: number
  size: number
  paidMembers: number
  pendingMembers: number
  freePlaces: number
  virtualMembers: number
  expiresAt: string | null
  members: ShopGroupMember[]
}

export interface ShopGroupBuy {
  id: string
  name: string
  skuId: string
  skuName: string | null
  listPrice: number
  groupPrice: number
  groupSize: number
  limitMinutes: number
  perCustomer: number
  remaining: number
  endsAt: string
  openGroups: ShopGroup[]
}

export interface GroupPlace {
  orderId: string
  orderNumber: string
  total: number
  payBefore: string
  group: ShopGroup
}

export interface ShopBargainCampaign {
  id: string
  name: string
  skuId: string
  skuName: string | null
  startPrice: number
  floorPrice: number
  helpersNeeded: number
  limitMinutes: number
  remaining: number
  endsAt: string
}

export interface ShopBargain {
  id: string
  code: string
  campaignId: string
  campaignName: string
  buyer: string
  startPrice: number
  floorPrice: number
  price: number
  cutsTaken: number
  helpersNeeded: number
  status: 'OPEN' | 'BOUGHT' | 'EXPIRED'
  expiresAt: string
  orderId: string | null
  helps: { shownAs: string; seq: number; amount: number; helpedAt: string }[]
}

export interface Delivery {
  fulfilment: 'PICKUP'
  storeId: string
}

const DEVICE_KEY = 'oneshelf.device'

/** This device's id for the bargain rules (one account per device per campaign a day), kept on the device. */
export function deviceId(): string {
  try {
    let id = localStorage.getItem(DEVICE_KEY)
    if (!id) {
      id = newUuid()
      localStorage.setItem(DEVICE_KEY, id)
    }
    return id
  } catch {
    return 'no-storage'
  }
}

export function socialApi(brand: string) {
  return {
    groupBuys: () => json<ShopGroupBuy[]>(brand, 'GET', '/group-buys', { anonymous: true }),
    group: (code: string) => json<ShopGroup>(brand, 'GET', `/groups/${encodeURIComponent(code)}`, { anonymous: true }),
    open: (campaignId: string, delivery: Delivery) =>
      json<GroupPlace>(brand, 'POST', `/group-buys/${campaignId}/groups`, { body: delivery }),
    join: (code: string, delivery: Delivery) =>
      json<GroupPlace>(brand, 'POST', `/groups/${encodeURIComponent(code)}/joins`, { body: delivery }),
    bargainCampaigns: () => json<ShopBargainCampaign[]>(brand, 'GET', '/bargain-campaigns', { anonymous: true }),
    bargain: (code: string) =>
      json<ShopBargain>(brand, 'GET', `/bargains/${encodeURIComponent(code)}`, { anonymous: true }),
    start: (campaignId: string) => json<ShopBargain>(brand, 'POST', `/bargain-campaigns/${campaignId}/bargains`,
      { body: {} }),
    help: (code: string) => json<ShopBargain>(brand, 'POST', `/bargains/${encodeURIComponent(code)}/helps`,
      { headers: { 'X-Device-Id': deviceId() } }),
    buy: (code: string, delivery: Delivery) =>
      json<{ orderId: string; total: number }>(brand, 'POST', `/bargains/${encodeURIComponent(code)}/orders`,
        { body: delivery }),
    groupPoster: (code: string) => `/api/v1/shop/${encodeURIComponent(brand)}/posters/groups/${code}.png`,
    bargainPoster: (code: string) => `/api/v1/shop/${encodeURIComponent(brand)}/posters/bargains/${code}.png`,
  }
}
