// Guide content (导购种草) as the API answers it: a post or product share with its tracked link and what it brought.
export interface ShareStats {
  views: number
  visitors: number
  addToCarts: number
  orders: number
  /** fen: what the attributed orders paid, less their refunds */
  sales: number
}

export interface GuideShare {
  id: string
  code: string
  /** the share's page in the shop, relative to the server */
  link: string
  guideId: string
  guideName: string | null
  storeId: string
  kind: 'POST' | 'PRODUCT'
  title: string
  body: string
  pictures: string[]
  products: { skuId: string; spuId: string; code: string; name: string; productName: string }[]
  status: 'PUBLISHED' | 'ARCHIVED'
  version: number
  createdAt: string
  updatedAt: string
  stats: ShareStats
}
