import type { OrderStatus } from './types'

/** The colour of an order's status tag. */
export function statusType(status: OrderStatus): 'primary' | 'success' | 'warning' | 'danger' | 'default' {
  switch (status) {
    case 'CREATED':
      return 'warning'
    case 'COMPLETED':
      return 'success'
    case 'CANCELLED':
    case 'REFUNDED':
      return 'default'
    default:
      return 'primary'
  }
}
