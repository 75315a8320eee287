// The platform screens' messages in Chinese: the same keys as messages.en.ts.
import type { PlatformMessages } from './messages.en'

const zhCN: PlatformMessages = {
  nav: { groupPlatform: '系统', audit: '审计日志' },
  audit: {
    title: '审计日志',
    time: '时间',
    actor: '操作人',
    action: '操作',
    entity: '对象',
    entityType: '对象类型',
    entityId: '对象 ID',
    history: '查看该对象的全部记录',
    requestId: '请求 ID',
    before: '变更前',
    after: '变更后',
  },
}

export default zhCN
