// The order screens' messages in Chinese: the same keys as messages.en.ts.
import type { OrderMessages } from './messages.en'

const zhCN: OrderMessages = {
  nav: { groupOrder: '订单', routingRules: '订单路由' },
  enum: {
    routingPreference: { PREFER_WAREHOUSE: '优先仓库发货', PREFER_STORES: '优先最近门店发货' },
    franchiseStockRule: { NEVER: '从不', ABOVE_BUFFER: '高于缓冲时', ALWAYS: '始终' },
  },
  routing: {
    title: '订单路由',
    intro: '线上订单从哪里发货。到店自提订单由顾客选择的门店供货；收银台销售由该门店供货。',
    preference: '快递包裹发货优先级',
    preferenceHint: {
      PREFER_WAREHOUSE: '优先由有全部商品的仓库发货，其次由有全部商品的最近门店发货；都没有时拆分为尽量少的包裹。',
      PREFER_STORES: '优先由有全部商品的最近门店发货，其次由仓库发货；都没有时拆分为尽量少的包裹。',
    },
    sameCityMaxKm: '同城配送范围',
    sameCityHint: '同城配送由收货地址该距离内、有全部商品的最近门店发货，不拆分。',
    km: '公里',
    franchiseStock: '线上订单使用加盟店库存',
    franchiseHint: {
      NEVER: '线上订单从不使用加盟店的库存（加盟店到店自提将被拒绝）。',
      ABOVE_BUFFER: '只使用加盟店每个商品高于缓冲数量的可用库存。',
      ALWAYS: '使用加盟店的全部可用库存，与品牌直营门店相同。',
    },
    franchiseBuffer: '加盟店保留的缓冲数量（每个商品）',
    sharedNote: '只使用营业中、且库存与线上共享（见“库存地点”）的门店和仓库。',
    readOnly: '只有总部管理员可以修改订单路由规则。',
    saved: '订单路由规则已保存',
    kmInvalid: '请填写 0.1 到 100 公里，最多一位小数',
    bufferInvalid: '请填写 0 到 1,000,000 的整数',
  },
}

export default zhCN
