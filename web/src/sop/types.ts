// SOP playbooks (rules that make tasks for guides), the task inbox with its results, and community groups (社群)
// with their members and broadcasts (issue 14).

export const SOP_KINDS = ['AFTER_FIRST_PURCHASE', 'BIRTHDAY_IN', 'NO_PURCHASE_FOR', 'WALLET_BELOW', 'GROUP_BUY_FAILED'] as const
export type SopKind = (typeof SOP_KINDS)[number]

export interface SopRule {
  id: string
  name: string
  kind: SopKind
  /** after the first purchase, before the birthday, since the last purchase (unused for the others) */
  days: number
  /** the wallet balance in fen below which WALLET_BELOW holds */
  threshold: number | null
  message: string
  link: string | null
  dueDays: number
  resultDays: number
  /** the store whose pool gets the tasks of customers bound to no guide (none: no task for them) */
  storeId: string | null
  enabled: boolean
  version: number
  createdAt: string
}

export interface SopRuleBody {
  name: string
  kind: SopKind
  days: number
  threshold: number | null
  message: string
  link: string | null
  dueDays: number
  resultDays: number
  storeId: string | null
  enabled: boolean
  version?: number
}

/** Whether the rule's kind counts days (the others: a threshold, or an event). */
export function usesDays(kind: SopKind): boolean {
  return kind !== 'WALLET_BELOW' && kind !== 'GROUP_BUY_FAILED'
}

export interface SopTask {
  id: string
  ruleId: string
  customerId: string
  customerName: string | null
  /** masked (138****1234) */
  customerPhone: string | null
  guideId: string | null
  storeId: string
  message: string
  link: string | null
  status: 'OPEN' | 'DONE'
  overdue: boolean
  dueAt: string
  createdAt: string
  completedAt: string | null
  completedBy: string | null
  note: string | null
  convertedOrderId: string | null
  convertedAmount: number | null
  resultUntil: string
}

/** A rule's results over the tasks in view. */
export interface SopResult {
  ruleId: string
  tasks: number
  done: number
  overdue: number
  /** tasks whose customer paid an order within the rule's result window */
  converted: number
  convertedAmount: number
}

export const GROUP_CHANNELS = ['WECOM', 'WECHAT_TEMPLATE'] as const

export interface CommunityGroup {
  id: string
  name: string
  storeId: string
  /** null: run by the store */
  guideId: string | null
  channel: (typeof GROUP_CHANNELS)[number]
  externalId: string
  createdAt: string
  members: number
  broadcasts: number
  lastBroadcastAt: string | null
  orders: number
  sales: number
}

export interface CommunityMember {
  customerId: string
  name: string | null
  phone: string | null
}

export const BROADCAST_KINDS = ['CONTENT', 'GROUP_BUY', 'COUPON'] as const
export type BroadcastKind = (typeof BROADCAST_KINDS)[number]

export interface Broadcast {
  id: string
  groupId: string
  kind: BroadcastKind
  text: string
  link: string | null
  reached: number
  refused: number
  attributionDays: number
  byStaffId: string
  sentAt: string
  orders: number
  sales: number
}

/** A customer as staff find them by phone. */
export interface FoundCustomer {
  id: string
  phone: string
  name: string | null
}
