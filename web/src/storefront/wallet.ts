// The shop's wallet calls (會員儲值): balance, history, the brand's active top-up plans and a top-up paid by WeChat
// Pay (the sandbox gateway), and the wallet page's own messages.
import { json } from './api'
import type { Page } from './types'

export interface ShopWallet {
  principal: number
  bonus: number
  balance: number
}

export interface ShopWalletEntry {
  id: string
  kind: 'TOP_UP' | 'SPEND' | 'REFUND' | 'MERGE_OUT' | 'MERGE_IN'
  principal: number
  bonus: number
  amount: number
  placeName: string | null
  reference: string | null
  at: string
}

export interface ShopWalletPlan {
  id: string
  name: string
  pay: number
  bonus: number
}

export interface ShopTopUp {
  id: string
  principal: number
  bonus: number
  status: 'PENDING' | 'CREDITED'
  payUrl: string | null
}

export function walletApi(brand: string) {
  return {
    wallet: () => json<ShopWallet>(brand, 'GET', '/me/wallet'),
    entries: (cursor?: string | null) =>
      json<Page<ShopWalletEntry>>(brand, 'GET', '/me/wallet/entries', { query: { cursor, limit: 20 } }),
    plans: () => json<Page<ShopWalletPlan>>(brand, 'GET', '/wallet-plans', { query: { limit: 50 } }),
    topUp: (planId: string, key: string) =>
      json<ShopTopUp>(brand, 'POST', '/me/wallet/top-ups', { body: { planId }, key }),
    topUpStatus: (id: string) => json<ShopTopUp>(brand, 'GET', `/me/wallet/top-ups/${id}`),
    /** Pays the whole outstanding amount of one of the customer's orders with the wallet. */
    payOrder: (orderId: string, key: string) =>
      json<{ status: string }>(brand, 'POST', `/orders/${orderId}/payments`, { body: { tender: 'WALLET' }, key }),
  }
}

export const walletMessages = {
  en: {
    wallet: {
      title: 'My wallet',
      balance: 'Balance',
      principal: 'Paid in',
      bonus: 'Bonus',
      plans: 'Top up',
      payGet: 'Pay {pay}, get {total}',
      topUp: 'Top up',
      noPlans: 'No top-up offers right now',
      paying: 'Pay in the window that opened; your balance updates once paid.',
      credited: 'Topped up: {amount} added',
      payAgain: 'Open the payment page again',
      history: 'History',
      noHistory: 'Nothing yet',
      online: 'Online',
      kind: { TOP_UP: 'Top-up', SPEND: 'Paid', REFUND: 'Refunded', MERGE_OUT: 'Moved to your other account', MERGE_IN: 'Moved from your other account' },
      failed: 'Something went wrong; please try again',
      payWith: 'Pay with my wallet (balance {balance})',
      paid: 'Paid with your wallet',
    },
  },
  'zh-CN': {
    wallet: {
      title: '我的储值',
      balance: '余额',
      principal: '充值本金',
      bonus: '赠送',
      plans: '充值',
      payGet: '充 {pay} 得 {total}',
      topUp: '充值',
      noPlans: '暂无充值方案',
      paying: '请在新打开的页面完成支付，支付成功后余额自动更新。',
      credited: '充值成功：到账 {amount}',
      payAgain: '重新打开支付页面',
      history: '明细',
      noHistory: '暂无记录',
      online: '线上',
      kind: { TOP_UP: '充值', SPEND: '消费', REFUND: '退回', MERGE_OUT: '转入合并后的账户', MERGE_IN: '由合并的账户转入' },
      failed: '出错了，请重试',
      payWith: '使用储值支付（余额 {balance}）',
      paid: '已用储值支付',
    },
  },
}
