// The width class of the window, shared by every screen: `phone` below 768 px (navigation in a drawer, card
// lists, full-width dialogs), `compact` below 1280 px (a tablet or a small laptop: secondary table columns
// hidden so that the key ones stay in view).
import { ref, type Ref } from 'vue'

function mediaRef(query: string): Ref<boolean> {
  const list = window.matchMedia(query)
  const value = ref(list.matches)
  list.addEventListener('change', (e) => {
    value.value = e.matches
  })
  return value
}

const phone = mediaRef('(max-width: 767px)')
const compact = mediaRef('(max-width: 1279px)')

export function useViewport(): { phone: Ref<boolean>; compact: Ref<boolean> } {
  return { phone, compact }
}
