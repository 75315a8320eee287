// The platform screens' messages in English; merged into the console's messages by i18n/index.ts.
const en = {
  nav: { groupPlatform: 'System', audit: 'Audit log' },
  audit: {
    title: 'Audit log',
    time: 'Time',
    actor: 'Actor',
    action: 'Action',
    entity: 'Entity',
    entityType: 'Entity type',
    entityId: 'Entity ID',
    history: 'Show the history of this record',
    requestId: 'Request ID',
    before: 'Before',
    after: 'After',
  },
}

export default en
export type PlatformMessages = typeof en
