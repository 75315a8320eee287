// 分销的中文文案；由 i18n/index.ts 合并进控制台文案。
const zhCN = {
  nav: { groupDistribution: '分销', distributors: '分销员', withdrawals: '提现' },
  distribution: {
    distributors: '分销员',
    withdrawals: '提现',
    allStatuses: '全部状态',
    code: '邀请码',
    level: '等级',
    status: '状态',
    invited: '受邀',
    yes: '是',
    appliedAt: '申请时间',
    actions: '操作',
    statuses: { PENDING: '待审核', APPROVED: '已通过', REJECTED: '已拒绝', FROZEN: '已冻结' },
    decide: { APPROVED: '通过', REJECTED: '拒绝', FROZEN: '冻结', PENDING: '待审核' },
    decided: { APPROVED: '已通过', REJECTED: '已拒绝', FROZEN: '已冻结', PENDING: '待审核' },
    requestedAt: '申请时间',
    amount: '金额（元）',
    transfer: '转账单号',
    pay: '通过并打款',
    reject: '拒绝',
    withdrawalStatuses: { REQUESTED: '待审核', PAID: '已打款', REJECTED: '已拒绝', FAILED: '打款失败' },
    checkSummary: '{orders} 笔订单：佣金 ¥{earned}，已结算 ¥{settled}，已打款 ¥{paid}。',
    reconciled: '账目一致',
    differences: '{n} 处不一致',
  },
}

export default zhCN
