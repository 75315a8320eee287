/** The scope type that usually goes with a role; used to pre-fill the scope picker. */
export function defaultScopeType(role: string): string {
  switch (role) {
    case 'HQ_ADMIN':
    case 'FINANCE':
      return 'BRAND'
    case 'REGION_MANAGER':
      return 'REGION'
    case 'STORE_MANAGER':
    case 'CASHIER':
    case 'GUIDE':
      return 'STORE'
    default:
      return ''
  }
}
