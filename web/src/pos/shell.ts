// Registers the POS service worker (public/pos-sw.js), which keeps the app shell so that pos.html opens with the
// server down, and hands it the files this page loaded so that they are cached from the first visit on.
export function registerShell(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/pos-sw.js', { scope: '/' })
      .then(async (reg) => {
        await navigator.serviceWorker.ready
        const files = performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name))
          .filter((u) => u.origin === location.origin && !u.pathname.startsWith('/api/'))
          .map((u) => u.pathname)
        ;(reg.active ?? navigator.serviceWorker.controller)?.postMessage({ cache: ['/pos.html', ...files] })
      })
      .catch((e) => console.warn('service worker not registered', e))
  })
}
