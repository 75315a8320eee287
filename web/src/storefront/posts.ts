// A guide's post or product share (导购种草) in the shop: opened by anyone through its link (a view, counted once per
// visitor: this browser's own random id), its products put in the signed-in customer's cart from it (counted for the
// post, and what a later order is attributed by). The link also carries ?guide=<code>, which guideLink.ts follows.
import { json } from './api'
import type { Cart } from './types'
import { newUuid } from '../utils/uuid'

export interface ShopShareProduct {
  skuId: string
  spuId: string
  name: string
  productName: string
  price: number | null
  active: boolean
}

export interface ShopShare {
  code: string
  kind: 'POST' | 'PRODUCT'
  title: string
  body: string
  pictures: string[]
  guideName: string | null
  products: ShopShareProduct[]
  publishedAt: string
}

const VISITOR_KEY = 'oneshelf.visitor'

/** This browser's visitor id, kept on the device: the same visitor opening a post again is not a new visitor. */
export function visitorId(): string {
  try {
    let id = localStorage.getItem(VISITOR_KEY)
    if (!id) {
      id = newUuid()
      localStorage.setItem(VISITOR_KEY, id)
    }
    return id
  } catch {
    return newUuid()
  }
}

export function postsApi(brand: string) {
  const path = (code: string) => `/shares/${encodeURIComponent(code)}`
  return {
    /** Opens the post: its first reading in this visit records a view, a reading again (after signing in) not. */
    open: (code: string) => {
      const seen = `oneshelf.post.${brand}.${code}.seen`
      if (sessionStorage.getItem(seen)) return json<ShopShare>(brand, 'GET', path(code), { anonymous: true })
      return json<ShopShare>(brand, 'POST', `${path(code)}/opens`, { anonymous: true, body: { visitor: visitorId() } })
        .then((post) => {
          sessionStorage.setItem(seen, '1')
          return post
        })
    },
    addToCart: (code: string, skuId: string, quantity = 1) =>
      json<Cart>(brand, 'POST', `${path(code)}/cart`, { body: { skuId, quantity } }),
  }
}
