// The dashboard's messages in Chinese: the same keys as messages.en.ts.
import type { DashboardMessages } from './messages.en'

const zhCN: DashboardMessages = {
  nav: { home: '今日概况' },
  dashboard: {
    title: '今日概况',
    day: '{day}（{zone}）',
    orders: '订单数',
    sales: '销售额',
    returned: '退款',
    byChannel: '按渠道',
    byStore: '按门店',
    noStore: '线上（仓库发货）',
    nothingYet: '今天还没有订单',
    live: '自动更新',
    updatedAt: '最近一笔 {time}',
    noAccess: '查看销售数据需要 order:read 权限。',
    account: '我的账户',
  },
}
export default zhCN
