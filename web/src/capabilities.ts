// The console's capabilities in menu order. Adding one (say integration/: webhooks, the event feed) is a
// folder with its screens, types.ts, messages.en.ts / messages.zh-CN.ts and an index.ts that defines its
// routes and menu entries (see org/index.ts), plus one line here.
import account from './account'
import analytics from './analytics'
import catalog from './catalog'
import counter from './counter'
import fulfillment from './fulfillment'
import guide from './guide'
import integration from './integration'
import member from './member'
import inventory from './inventory'
import loyalty from './loyalty'
import order from './order'
import org from './org'
import platform from './platform'
import promotion from './promotion'
import settlement from './settlement'
import social from './social'
import sop from './sop'
import distribution from './distribution'
import voucher from './voucher'
import loyaltyPoints from './loyalty/points'
import type { Capability } from './capability'

export const capabilities: Capability[] = [analytics, account, org, catalog, inventory, order, counter, member, guide, sop, fulfillment, voucher, promotion, social, distribution, loyalty, loyaltyPoints, settlement, integration, platform]
