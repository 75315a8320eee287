// Group buys (拼团) and bargains (砍价): GET/POST /api/v1/group-buys, GET/PUT /api/v1/group-buys/{id}, POST
// /{id}/activate|deactivate, GET /{id}/groups; GET/PUT /api/v1/social-settings; the same for
// /api/v1/bargain-campaigns with GET /{id}/bargains. Money in fen.
import type { OrderChannel } from '../promotion/types'

export interface GroupProgress {
  opening: number
  open: number
  succeeded: number
  succeededWithVirtual: number
  failed: number
  membersPaid: number
  membersPending: number
  membersRefunded: number
  virtualMembers: number
}

export interface GroupBuyEdit {
  name: string
  skuId: string
  groupPrice: number
  groupSize: number
  limitMinutes: number
  perCustomer: number
  allocation: number
  channels: OrderChannel[]
  storeIds: string[]
  startsAt: string
  endsAt: string
  active: boolean
  version?: number
}

export interface GroupBuy extends GroupBuyEdit {
  id: string
  skuCode: string | null
  skuName: string | null
  listPrice: number
  sold: number
  remaining: number
  version: number
  progress: GroupProgress
}

export interface GroupMember {
  shownAs: string
  leader: boolean
  status: 'PENDING' | 'PAID' | 'RELEASED' | 'REFUNDED'
  joinedAt: string
  paidAt: string | null
}

export interface Group {
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
  createdAt: string
  expiresAt: string | null
  closedAt: string | null
  members: GroupMember[]
}

export interface SocialSettings {
  virtualMembers: boolean
  version: number
}

export interface BargainCampaignEdit {
  name: string
  skuId: string
  startPrice: number
  floorPrice: number
  helpersNeeded: number
  limitMinutes: number
  helpsPerDay: number
  allocation: number
  startsAt: string
  endsAt: string
  active: boolean
  version?: number
}

export interface BargainCampaign extends BargainCampaignEdit {
  id: string
  skuCode: string | null
  skuName: string | null
  sold: number
  remaining: number
  version: number
  progress: { open: number; bought: number; expired: number; helps: number }
}

export interface BargainHelp {
  shownAs: string
  seq: number
  amount: number
  helpedAt: string
}

export interface Bargain {
  id: string
  code: string
  campaignId: string
  campaignName: string
  skuId: string
  buyer: string
  startPrice: number
  floorPrice: number
  price: number
  cutsTaken: number
  helpersNeeded: number
  status: 'OPEN' | 'BOUGHT' | 'EXPIRED'
  startedAt: string
  expiresAt: string
  orderId: string | null
  helps: BargainHelp[]
  /** the sequence drawn when it started (staff only) */
  cuts: number[] | null
}

/** Whether a campaign runs now (active and in its window). */
export function runsNow(c: { active: boolean; startsAt: string; endsAt: string }, now = new Date()): boolean {
  return c.active && new Date(c.startsAt) <= now && now < new Date(c.endsAt)
}
