// The stored-value wallet (會員儲值): plans, wallets, entries, top-ups, liability and clearing. Money in fen.
export type OwnerKind = 'BRAND' | 'FRANCHISEE'

export interface WalletOwner {
  kind: OwnerKind
  id: string
  name: string | null
}

export interface WalletPlan {
  id: string
  name: string
  /** fen */
  pay: number
  /** fen */
  bonus: number
  active: boolean
  version: number
}

export interface WalletBalance {
  customerId: string
  principal: number
  bonus: number
  balance: number
  owners: { owner: WalletOwner; principal: number; bonus: number }[]
}

export type WalletEntryKind = 'TOP_UP' | 'SPEND' | 'REFUND' | 'MERGE_OUT' | 'MERGE_IN'

export interface WalletEntry {
  id: string
  kind: WalletEntryKind
  principal: number
  bonus: number
  amount: number
  owner: WalletOwner
  reference: string | null
  paymentId: string | null
  placeId: string | null
  placeName: string | null
  at: string
}

export interface WalletTopUp {
  id: string
  customerId: string
  planId: string | null
  planName: string | null
  principal: number
  bonus: number
  tender: string
  placeId: string | null
  placeName: string | null
  owner: WalletOwner
  status: 'PENDING' | 'CREDITED'
  paymentId: string | null
  payUrl: string | null
  createdAt: string
  creditedAt: string | null
}

export interface WalletLiability {
  principal: number
  bonus: number
  total: number
  owners: { owner: WalletOwner; principal: number; bonus: number; total: number; wallets: number }[]
}

export interface WalletClearing {
  from: string
  to: string
  zone: string
  rows: {
    debtor: WalletOwner
    creditor: WalletOwner
    spent: number
    refunded: number
    principal: number
    bonus: number
    amount: number
    entries: number
  }[]
}

export interface WalletReconciliation {
  customerId: string | null
  walletsChecked: number
  entriesRead: number
  topUpsOff: number
  checkedAt: string
  differences: { customerId: string }[]
}
