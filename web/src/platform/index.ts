// Platform: the audit log.
import { Document } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

export default defineCapability({
  key: 'platform',
  title: 'nav.groupPlatform',
  routes: [
    { path: 'audit', name: 'audit', component: () => import('./AuditView.vue'), meta: { permission: 'audit:read', title: 'nav.audit' } },
  ],
  nav: [{ route: 'audit', path: '/audit', label: 'nav.audit', test: 'nav-audit', icon: Document, permission: 'audit:read' }],
  messages: { en, 'zh-CN': zhCN },
})
