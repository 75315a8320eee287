// Private domain (私域): the SOP playbook (rules that turn customer moments into guide tasks), the task inbox with
// each rule's results, and community groups (社群) with members and broadcasts.
import { ChatDotRound, Finished, Memo } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'guide:read' }

export default defineCapability({
  key: 'sop',
  title: 'sop.nav',
  routes: [
    {
      path: 'sop/rules',
      name: 'sop-rules',
      component: () => import('./SopRulesView.vue'),
      meta: { ...read, title: 'sop.rules' },
    },
    {
      path: 'sop/tasks',
      name: 'sop-tasks',
      component: () => import('./SopTasksView.vue'),
      meta: { ...read, title: 'sop.tasks' },
    },
    {
      path: 'community',
      name: 'community-groups',
      component: () => import('./CommunityView.vue'),
      meta: { ...read, title: 'sop.groups' },
    },
  ],
  nav: [
    { route: 'sop-rules', path: '/sop/rules', label: 'sop.rules', test: 'nav-sop-rules', icon: Memo, ...read },
    { route: 'sop-tasks', path: '/sop/tasks', label: 'sop.tasks', test: 'nav-sop-tasks', icon: Finished, ...read },
    { route: 'community-groups', path: '/community', label: 'sop.groups', test: 'nav-community', icon: ChatDotRound, ...read },
  ],
  messages: { en: { sop: en }, 'zh-CN': { sop: zhCN } },
})
