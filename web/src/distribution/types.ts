// Distribution (分銷): distributors and their applications, withdrawals of commission, and the ledgers' check.

export const DISTRIBUTOR_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'FROZEN'] as const
export type DistributorStatus = (typeof DISTRIBUTOR_STATUSES)[number]

export interface Distributor {
  id: string
  customerId: string
  /** The member's name and masked phone. */
  name: string
  code: string
  level: number
  levelName: string | null
  status: DistributorStatus
  inviterId: string | null
  inviterCode: string | null
  payee: string | null
  appliedAt: string
  decidedAt: string | null
  decidedBy: string | null
  version: number
}

export const WITHDRAWAL_STATUSES = ['REQUESTED', 'PAID', 'REJECTED', 'FAILED'] as const
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number]

export interface Withdrawal {
  id: string
  distributorId: string
  distributorCode: string | null
  distributorName: string | null
  amount: number
  status: WithdrawalStatus
  requestedAt: string
  decidedAt: string | null
  decidedBy: string | null
  transferId: string | null
  reason: string | null
}

export interface Difference {
  id: string
  number: string
  tier: number
  what: string
  expected: number
  actual: number
}

export interface Reconciliation {
  orders: number
  earned: number
  reversed: number
  settled: number
  clawedBack: number
  withdrawals: number
  paidOut: number
  complete: boolean
  differences: Difference[]
}

/** The decisions staff may take on a distributor of each status (as the server allows them). */
export const DECISIONS: Record<DistributorStatus, DistributorStatus[]> = {
  PENDING: ['APPROVED', 'REJECTED'],
  APPROVED: ['FROZEN'],
  FROZEN: ['APPROVED'],
  REJECTED: [],
}

export const BINDING_RULES = ['FIRST_TOUCH', 'LAST_TOUCH'] as const
export type BindingRule = (typeof BINDING_RULES)[number]

export interface DistributionSettings {
  bindingRule: BindingRule
  bindingDays: number
  protectionDays: number
  returnWindowDays: number
  /** Fen. */
  minWithdrawal: number
  version: number
}

export interface DistributorLevel {
  level: number
  name: string
  firstBp: number
  secondBp: number
}

export const RULE_SCOPES = ['SKU', 'CATEGORY'] as const
export type RuleScope = (typeof RULE_SCOPES)[number]

export interface DistributionRule {
  id: string
  scope: RuleScope
  targetId: string
  level: number | null
  firstBp: number
  secondBp: number
  createdAt: string
}

/** Basis points as a percentage for people: 1000 → "10", 250 → "2.5". */
export function bpToPercent(bp: number): string {
  return String(bp / 100)
}

/** A percentage typed by people as basis points, or null when it is not 0–50 with at most two decimals. */
export function percentToBp(text: string): number | null {
  const s = text.trim()
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(s)) return null
  const bp = Math.round(Number(s) * 100)
  return bp <= 5000 ? bp : null
}
