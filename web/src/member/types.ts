// The member screens' shapes, as the server answers them (GET /api/v1/customers, …/{id}/profile, /customer-merges).

export type IdentityKind = 'PHONE' | 'CARD_NUMBER' | 'WECHAT_OPENID' | 'WECHAT_UNIONID' | 'EMAIL'

/** A customer as listed; `phone` is 138****1234 when `phoneMasked` (the reader lacks customer:phone). */
export interface Member {
  id: string
  phone: string
  phoneMasked: boolean
  name: string | null
  cardNumber: string
  source: string
  registeredAt: string
  registeredStoreId: string | null
  registeredStoreName: string | null
  /** the survivor's id once this customer was merged into another */
  mergedIntoId: string | null
  tags: string[]
}

export interface MemberIdentity {
  kind: IdentityKind
  value: string
  masked: boolean
  since: string
}

export interface MemberProfile extends Member {
  identities: MemberIdentity[]
}

export type MergeStatus = 'MERGED' | 'UNDONE' | 'CONFIRMED'

export interface MemberMerge {
  id: string
  survivorId: string
  survivorName: string | null
  survivorCardNumber: string
  mergedId: string
  mergedName: string | null
  mergedCardNumber: string
  status: MergeStatus
  identitiesMoved: number
  addressesMoved: number
  tagsMoved: string[]
  mergedBy: string
  mergedAt: string
  decidedBy: string | null
  decidedAt: string | null
}

export interface TagCount {
  tag: string
  customers: number
}

export interface MemberAddress {
  id: string
  recipient: string
  phone: string
  phoneMasked: boolean
  province: string
  city: string
  district: string
  line: string
  preferred: boolean
}
