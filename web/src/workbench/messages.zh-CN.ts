// 导购工作台的中文文案。
const zhCN = {
  workbench: {
    title: '导购工作台',
    signIn: '登录',
    login: '账号',
    password: '密码',
    failed: '登录失败',
    customers: '我的会员',
    sales: '我的业绩',
    none: '还没有绑定您的会员：分享您的专属链接吧。',
    shareLink: '我的专属链接',
    copied: '链接已复制',
    tier: '等级',
    lastPurchase: '最近消费',
    never: '暂无',
    rfm: 'RFM',
    month: '本月',
    rank: '门店第 {rank} 名 / 共 {of} 名',
    orders: '订单',
    netSales: '净销售额',
    refunds: '退款',
    served: '服务会员',
    commission: '提成',
    clawedBack: '已扣回',
    ledger: '提成明细',
    earned: '获得',
    reversed: '扣回',
    noEntries: '本月还没有计入您的销售',
    signOut: '退出登录',
  },
}

export default zhCN
