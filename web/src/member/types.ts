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
  /** told once by the customer in the shop; the year only if they said it */
  birthday: { month: number; day: number; year: number | null } | null
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

export const RFM_SEGMENTS = ['IMPORTANT_VALUE', 'IMPORTANT_DEVELOP', 'IMPORTANT_KEEP', 'IMPORTANT_RETAIN', 'GENERAL_VALUE', 'GENERAL_DEVELOP', 'GENERAL_KEEP', 'CHURN_WARNING'] as const
export type RfmSegment = (typeof RFM_SEGMENTS)[number]

/** A customer's RFM (GET /api/v1/customers/{id}/rfm): null scores until a run counted a paid order. Money in fen. */
export interface MemberRfm {
  customerId: string
  orders: number
  spent: number
  lastPaidAt: string | null
  recency: number | null
  frequency: number | null
  monetary: number | null
  segment: RfmSegment | null
  computedAt: string | null
}

export interface SegmentCustomer {
  id: string
  name: string | null
  phone: string | null
  phoneMasked: boolean
  orders: number
  spent: number
  lastPaidAt: string
  recency: number
  frequency: number
  monetary: number
}

/** One consent answer (PIPL): purpose MARKETING or PROFILING on channel SMS, WECHAT, EMAIL or APP. */
export interface MemberConsent {
  purpose: 'MARKETING' | 'PROFILING'
  channel: 'SMS' | 'WECHAT' | 'EMAIL' | 'APP'
  granted: boolean
  source: string
  recordedAt: string
}
