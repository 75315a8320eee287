// Distribution (分銷): distributors and their applications, withdrawals of commission, and the ledgers' check.

export const DISTRIBUTOR_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'FROZEN'] as const
export type DistributorStatus = (typeof DISTRIBUTOR_STATUSES)[number]

export interface Distributor {
  id: string
  customerId: string
  code: string
  level: number
  status: DistributorStatus
  inviterId: string | null
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
