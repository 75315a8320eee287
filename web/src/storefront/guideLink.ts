// A guide's share link (专属导购): the shop opened with ?guide=<code> remembers the code for this brand, binds the
// signed-in customer to the guide (POST /me/guide; the brand's rule decides whether it moves a bound customer), and
// the next checkout names it (guideCode), so that the order counts for the guide whose link it came through.
import type { RouteLocationNormalized } from 'vue-router'
import { shopApi } from './api'
import { signedIn } from './session'

const KEY = (brand: string) => `oneshelf.shop.${brand}.guide`

/** The code of the guide link the customer came through at this shop, if any. */
export function guideCode(brand: string): string | null {
  return localStorage.getItem(KEY(brand))
}

/** Remembers a guide link's code from the route, and follows it once the customer is signed in. */
export function followGuideLink(to: RouteLocationNormalized, brand: string): void {
  const code = typeof to.query.guide === 'string' ? to.query.guide.trim() : ''
  if (code && code.length <= 64) localStorage.setItem(KEY(brand), code)
  const remembered = guideCode(brand)
  const followed = sessionStorage.getItem(`${KEY(brand)}.followed`)
  if (!remembered || followed === remembered || !signedIn(brand)) return
  sessionStorage.setItem(`${KEY(brand)}.followed`, remembered)
  shopApi(brand)
    .followGuide(remembered)
    .catch(() => localStorage.removeItem(KEY(brand)))
}
