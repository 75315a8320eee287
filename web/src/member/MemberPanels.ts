// The panels other capabilities add to the member 360° page, each a component taking a `customerId` prop. The
// wallet, points and coupons panels belong to the loyalty and promotion capabilities (issue 12); they were not on
// this branch when the page was built, so each slot below is empty (null) and the page shows nothing for it. The
// integrator fills a slot by importing the component, e.g.
//   component: defineAsyncComponent(() => import('../loyalty/WalletPanel.vue')),
import type { Component } from 'vue'

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
  { key: 'wallet', title: 'member.panelWallet', component: null },
  /** web/src/loyalty/PointsPanel.vue (points balance and ledger) */
  { key: 'points', title: 'member.panelPoints', component: null },
  /** web/src/promotion/CouponsPanel.vue (coupons held, used, expired) */
  { key: 'coupons', title: 'member.panelCoupons', component: null },
]
