// Members (会员): the brand's customers with search and filters, each customer's 360° page (identities, orders of
// every channel, addresses, tags, merges; wallet, points and coupons panels from other capabilities), merging two
// customers who are one person and undoing it.
import { User } from '@element-plus/icons-vue'
import { defineCapability } from '../capability'
import en from './messages.en'
import zhCN from './messages.zh-CN'

const read = { permission: 'customer:read' }

export default defineCapability({
  key: 'member',
  title: 'nav.groupMember',
  routes: [
    {
      path: 'members',
      name: 'members',
      component: () => import('./MembersView.vue'),
      meta: { ...read, title: 'nav.members' },
    },
    {
      path: 'members/:id',
      name: 'member',
      component: () => import('./MemberView.vue'),
      meta: { ...read, title: 'nav.member' },
    },
  ],
  nav: [
    { route: 'members', path: '/members', label: 'nav.members', test: 'nav-members', icon: User, ...read, alsoFor: ['member'] },
  ],
  messages: { en, 'zh-CN': zhCN },
})
