// The panels other capabilities add to the member 360° page, each a component taking a `customerId` prop: the
// wallet and points of the loyalty capability, the coupons of the promotion capability. Loaded when the page shows.
import { defineAsyncComponent, type Component } from 'vue'

export interface MemberPanel {
  /** The panel's test hook and key: the page wraps it in `member-panel-<key>`. */
  key: string
  /** i18n key of the panel's title. */
  title: string
  /** The permission needed to see it; everyone who sees the page sees it without one. */
  permission?: string
  /** The component (taking `customerId`), or null while its capability is not built yet. */
  component: Component | null
}

export const memberPanels: MemberPanel[] = [
  /** web/src/loyalty/WalletPanel.vue (stored value: balance, principal and bonus, history) */
  { key: 'wallet', title: 'member.panelWallet', permission: 'wallet:read', component: defineAsyncComponent(() => import('../loyalty/WalletPanel.vue')) },
  /** web/src/loyalty/PointsPanel.vue (points balance and ledger) */
  { key: 'points', title: 'member.panelPoints', component: defineAsyncComponent(() => import('../loyalty/PointsPanel.vue')) },
  /** web/src/promotion/CouponsPanel.vue (coupons held, used, expired) */
  { key: 'coupons', title: 'member.panelCoupons', component: defineAsyncComponent(() => import('../promotion/CouponsPanel.vue')) },
]
