// Order routing rule (GET / PUT /api/v1/routing-rules).
export const ROUTING_PREFERENCES = ['PREFER_WAREHOUSE', 'PREFER_STORES'] as const
export type RoutingPreference = (typeof ROUTING_PREFERENCES)[number]

export const FRANCHISE_STOCK_RULES = ['NEVER', 'ABOVE_BUFFER', 'ALWAYS'] as const
export type FranchiseStockRule = (typeof FRANCHISE_STOCK_RULES)[number]

export interface RoutingRule {
  preference: RoutingPreference
  /** km, one decimal; sent and answered as a JSON number */
  sameCityMaxKm: number
  franchiseStock: FranchiseStockRule
  franchiseBuffer: number
  version: number
}
