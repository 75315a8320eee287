// An exchange at the counter (decision 0048): a return refunded to the order's original tenders, then the
// replacements sold as a sale of their own. Each half is the counter's ordinary return and sale; this only carries
// the credit from the one to the other, so the pay dialog can say what the customer pays (or got back) net.
import { reactive } from 'vue'

export const exchange = reactive<{ orderNumber: string | null; credit: number }>({ orderNumber: null, credit: 0 })

export function startExchange(orderNumber: string, credit: number): void {
  exchange.orderNumber = orderNumber
  exchange.credit = credit
}

export function endExchange(): void {
  exchange.orderNumber = null
  exchange.credit = 0
}
