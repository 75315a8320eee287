// What the group-buy and bargain campaign pages share: the brand's campaigns under `base` (GET, one by one again
// every 10 seconds for their live progress), who may keep them (price:write, brand-wide), their status tag, the
// dialog that creates or changes one, the drawer of one's groups or bargains, and (de)activation.
import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { can, session } from '../auth/session'
import { http } from '../api/http'
import { useListPage } from '../composables/useListPage'
import { showError } from '../composables/useFormSubmit'
import { runsNow } from './types'

interface Campaign {
  id: string
  active: boolean
  startsAt: string
  endsAt: string
}

const REFRESH_MS = 10_000

export function useCampaigns<T extends Campaign>(base: string) {
  const { t } = useI18n()
  const page = useListPage<T, Record<string, never>>(base, {})
  const canWrite = computed(() => can('price:write') && session.me?.scope.type === 'BRAND')
  const dialogVisible = ref(false)
  const editing = ref(null) as Ref<T | null>
  const drawerVisible = ref(false)
  const shown = ref(null) as Ref<T | null>
  const switching = ref<string | null>(null)
  let timer: ReturnType<typeof setInterval> | undefined

  function status(c: T): { text: string; type: 'success' | 'info' | 'warning' } {
    if (!c.active) return { text: t('social.inactive'), type: 'info' }
    return runsNow(c) ? { text: t('social.running'), type: 'success' } : { text: t('social.notRunning'), type: 'warning' }
  }

  async function refresh(): Promise<void> {
    try {
      for (const c of page.items.value) page.upsert(await http.get<T>(`${base}/${c.id}`))
    } catch {
      // a refresh that fails (offline a moment) tries again at the next tick
    }
  }

  onMounted(() => {
    timer = setInterval(refresh, REFRESH_MS)
  })
  onBeforeUnmount(() => clearInterval(timer))

  function openNew(): void {
    editing.value = null
    dialogVisible.value = true
  }

  function openEdit(c: T): void {
    editing.value = c
    dialogVisible.value = true
  }

  function openItems(c: T): void {
    shown.value = c
    drawerVisible.value = true
  }

  async function toggle(c: T): Promise<void> {
    switching.value = c.id
    try {
      const saved = await http.post<T>(`${base}/${c.id}/${c.active ? 'deactivate' : 'activate'}`, {},
        crypto.randomUUID())
      page.upsert(saved)
      ElMessage.success(t(saved.active ? 'social.activated' : 'social.deactivated'))
    } catch (e) {
      showError(e)
    } finally {
      switching.value = null
    }
  }

  return { page, canWrite, dialogVisible, editing, drawerVisible, shown, switching, status, openNew, openEdit,
    openItems, toggle }
}
