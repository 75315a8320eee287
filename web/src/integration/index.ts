// Integration: webhook endpoints and their delivery log, and the event feed viewer (數據同步).
import { defineCapability } from '../capability'
import { integrationMessages } from './messages'
import { integrationNav, integrationRoutes } from './routes'

export default defineCapability({
  key: 'integration',
  title: 'nav.groupIntegration',
  routes: integrationRoutes,
  nav: integrationNav.map(({ name, ...entry }) => ({ route: name, ...entry })),
  messages: { en: integrationMessages.en, 'zh-CN': integrationMessages['zh-CN'] },
})
