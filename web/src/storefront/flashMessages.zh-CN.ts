// 商城秒杀文案（在 `flash` 之下）；由 i18n.ts 合并进商城文案。
import type { ShopFlashMessages } from './flashMessages.en'

const zhCN: ShopFlashMessages = {
  label: '限时秒杀',
  was: '原价 {price}',
  left: '秒杀价仅剩 {n} 件',
  allGone: '秒杀名额已抢光',
  perCustomer: '登录后每人限购 {n} 件',
  endsIn: '距结束',
  days: '{n}天',
  over: '已结束',
}

export default zhCN
