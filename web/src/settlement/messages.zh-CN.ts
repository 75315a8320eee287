// 加盟结算页面的中文文案；由 i18n/index.ts 合并进控制台的文案。
import type { SettlementMessages } from './messages.en'

const zhCN: SettlementMessages = {
  nav: { groupSettlement: '结算', settlementReport: '加盟结算' },
  settlement: {
    title: '加盟结算',
    intro: '当一方（品牌或加盟商）的库存履约了另一方的订单时，销售方按订单行欠库存方货款；退货和取消会冲回。',
    from: '开始日期',
    to: '结束日期',
    show: '查询',
    pairs: '往来汇总',
    owes: '应付',
    debtor: '应付方',
    creditor: '应收方',
    owed: '应付',
    owedBack: '对方应付',
    net: '净额',
    entryCount: '分录数',
    noPairs: '本期间没有需要结算的往来',
    entries: '结算分录',
    time: '记录时间',
    order: '订单',
    line: '行',
    place: '出货库存',
    quantity: '数量',
    base: '实付金额',
    rate: '结算比例',
    amount: '结算金额',
    brand: '品牌',
    check: '核对台账',
    checkOk: '台账与订单一致（已核对 {count} 个订单）',
    checkBad: '有 {count} 行与订单不一致',
    checkLine: '订单 {number} 第 {line} 行：应为 {expected}，台账为 {recorded}',
    rule: '结算比例',
    ruleHint: '库存方按每行实付金额的此百分比收款，其余归销售方。已结算的行保持原比例。',
    ruleReadOnly: '只有总部管理员可以修改结算比例。',
    rateInvalid: '请输入 1 到 100 的整数',
    ruleSaved: '结算比例已保存',
  },
  enum: {
    settlementKind: { OBLIGATION: '应付', REVERSAL: '冲回' },
    settlementCause: { PAID: '支付', RETURNED: '退货', CANCELLED: '取消' },
  },
}

export default zhCN
