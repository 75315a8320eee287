// The flash sales running now in the shop (GET /flash-sales, open to anyone): each SKU's flash price and units
// left, and when the sale ends, for the product page's flash block and its countdown; money in fen.
import { onBeforeUnmount, ref } from 'vue'
import { json } from './api'

export interface ShopFlashSaleItem {
  skuId: string
  price: number
  allocation: number
  remaining: number
}

export interface ShopFlashSale {
  id: string
  name: string
  perCustomer: number
  startsAt: string
  endsAt: string
  items: ShopFlashSaleItem[]
}

export function flashSales(brand: string): Promise<ShopFlashSale[]> {
  return json<ShopFlashSale[]>(brand, 'GET', '/flash-sales', { anonymous: true })
}

/** The running sale and item of a SKU, if one sells it. */
export function flashOf(sales: ShopFlashSale[], skuId: string | null): { sale: ShopFlashSale; item: ShopFlashSaleItem } | null {
  for (const sale of sales) {
    const item = sale.items.find((i) => i.skuId === skuId)
    if (item) return { sale, item }
  }
  return null
}

/** Whole days, hours, minutes and seconds from now until {@code until}; none below zero. */
export function timeLeft(until: string, now: number): { d: number; h: string; m: string; s: string; over: boolean } {
  const total = Math.max(0, Math.floor((new Date(until).getTime() - now) / 1000))
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    d: Math.floor(total / 86_400), h: pad(Math.floor((total % 86_400) / 3600)), m: pad(Math.floor((total % 3600) / 60)),
    s: pad(total % 60), over: total === 0,
  }
}

/** The current time, ticking every second while the component lives. */
export function useNow() {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 1000)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
