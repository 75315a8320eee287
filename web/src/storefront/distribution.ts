// The shop's distribution calls (分销): following a distributor's share link (?ref=<code>, remembered for this brand
// and followed once the customer is signed in; the brand's rule decides whether it rebinds them), applying, and the
// distributor centre (share link, binding rule, balances, team, commission, withdrawals) with its own messages.
import type { RouteLocationNormalized } from 'vue-router'
import { json } from './api'
import { signedIn } from './session'
import type { Page } from './types'

export interface ShopDistributor {
  id: string
  code: string
  level: number
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'FROZEN'
  inviterId: string | null
  payee: string | null
  appliedAt: string
}

export interface DistributorCentre {
  distributor: ShopDistributor | null
  link: string | null
  bindingRule: 'FIRST_TOUCH' | 'LAST_TOUCH'
  bindingDays: number
  protectionDays: number
  returnWindowDays: number
  minWithdrawal: number
  balance: { pending: number; available: number; requested: number; withdrawn: number }
}

export interface CommissionEntry {
  id: string
  orderNumber: string
  tier: number
  kind: 'EARNED' | 'REVERSED' | 'SETTLED' | 'CLAWED_BACK'
  pending: number
  available: number
  recordedAt: string
}

export interface TeamMember {
  bindingId: string
  customerId: string
  /** The name's first character and the masked phone. */
  name: string
  since: string
  until: string
}

export interface MyWithdrawal {
  id: string
  amount: number
  status: 'REQUESTED' | 'PAID' | 'REJECTED' | 'FAILED'
  requestedAt: string
  decidedAt: string | null
  reason: string | null
}

export function distributionApi(brand: string) {
  return {
    centre: () => json<DistributorCentre>(brand, 'GET', '/me/distributor'),
    apply: (inviterCode: string | null, payee: string | null) =>
      json<DistributorCentre>(brand, 'POST', '/me/distributor', { body: { inviterCode, payee } }),
    team: () => json<Page<TeamMember>>(brand, 'GET', '/me/distributor/team'),
    commissions: () => json<Page<CommissionEntry>>(brand, 'GET', '/me/distributor/commissions'),
    withdrawals: () => json<Page<MyWithdrawal>>(brand, 'GET', '/me/distributor/withdrawals'),
    withdraw: (amount: number, key: string) =>
      json<unknown>(brand, 'POST', '/me/distributor/withdrawals', { body: { amount }, key }),
    follow: (code: string) => json<unknown>(brand, 'POST', '/me/referrer', { body: { code, source: 'LINK' } }),
  }
}

const KEY = (brand: string) => `oneshelf.shop.${brand}.ref`

/** Remembers a distributor's share code from the route (?ref=), and follows it once the customer is signed in. */
export function followReferral(to: RouteLocationNormalized, brand: string): void {
  const code = typeof to.query.ref === 'string' ? to.query.ref.trim() : ''
  if (code && code.length <= 20) localStorage.setItem(KEY(brand), code)
  const remembered = localStorage.getItem(KEY(brand))
  const followed = sessionStorage.getItem(`${KEY(brand)}.followed`)
  if (!remembered || followed === remembered || !signedIn(brand)) return
  sessionStorage.setItem(`${KEY(brand)}.followed`, remembered)
  distributionApi(brand)
    .follow(remembered)
    .catch(() => localStorage.removeItem(KEY(brand)))
}

/** The code the customer came by, offered as the inviter's when they apply. */
export function referralCode(brand: string): string | null {
  return localStorage.getItem(KEY(brand))
}

export const distributionMessages = {
  en: {
    dist: {
      title: 'Distributor centre',
      apply: 'Become a distributor',
      inviter: 'Invited by (code)',
      payee: 'WeChat openid for payouts',
      pending: 'Your application is waiting for approval.',
      rejected: 'Your application was not approved. You may apply again.',
      frozen: 'Your distributor account is frozen.',
      code: 'Your share code',
      link: 'Your share link',
      rule: 'Binding rule',
      rules: { FIRST_TOUCH: 'First referrer keeps the customer', LAST_TOUCH: 'Latest referrer wins' },
      ruleDetail: 'for {days} days; protected {protect} days; commission available {window} days after payment',
      pendingAmount: 'Pending',
      available: 'Available',
      requested: 'Being paid',
      withdrawn: 'Withdrawn',
      withdraw: 'Withdraw all available',
      withdrawn_ok: 'Withdrawal requested',
      team: 'My customers',
      commissions: 'Commission',
      kinds: { EARNED: 'Earned', REVERSED: 'Refunded', SETTLED: 'Available', CLAWED_BACK: 'Clawed back' },
      copy: 'Copy link',
      poster: 'Poster',
      posterHint: 'Scan to shop with my link',
      copied: 'Link copied',
      tier2: 'via your invitee',
      myWithdrawals: 'Withdrawals',
      withdrawalStatuses: { REQUESTED: 'Being reviewed', PAID: 'Paid', REJECTED: 'Rejected', FAILED: 'Payout failed' },
      noTeam: 'No customers yet: share your link',
      noEntries: 'No commission yet',
      atLeast: 'At least {amount} can be withdrawn',
      failed: 'Could not load the centre',
    },
  },
  'zh-CN': {
    dist: {
      title: '分销中心',
      apply: '申请成为分销员',
      inviter: '邀请人邀请码',
      payee: '收款微信 openid',
      pending: '您的申请正在审核中。',
      rejected: '您的申请未通过，可重新申请。',
      frozen: '您的分销账户已冻结。',
      code: '我的邀请码',
      link: '我的分享链接',
      rule: '绑定规则',
      rules: { FIRST_TOUCH: '首次推荐人锁定客户', LAST_TOUCH: '最后推荐人有效' },
      ruleDetail: '绑定 {days} 天；保护期 {protect} 天；付款 {window} 天后佣金可提现',
      pendingAmount: '待结算',
      available: '可提现',
      requested: '提现中',
      withdrawn: '已提现',
      withdraw: '全部提现',
      withdrawn_ok: '已提交提现申请',
      team: '我的客户',
      commissions: '佣金明细',
      kinds: { EARNED: '获得', REVERSED: '退款扣回', SETTLED: '可提现', CLAWED_BACK: '追回' },
      copy: '复制链接',
      poster: '海报',
      posterHint: '扫码通过我的链接购物',
      copied: '链接已复制',
      tier2: '来自您邀请的分销员',
      myWithdrawals: '提现记录',
      withdrawalStatuses: { REQUESTED: '审核中', PAID: '已到账', REJECTED: '已拒绝', FAILED: '打款失败' },
      noTeam: '暂无客户，快去分享链接吧',
      noEntries: '暂无佣金',
      atLeast: '满 {amount} 可提现',
      failed: '分销中心加载失败',
    },
  },
}
