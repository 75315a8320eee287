// The POS app shell's service worker (decision 0045). Network first: the server's files are used while it
// answers (so a new build shows at once), the copies kept here when it does not. The API is never cached here:
// the device cache of catalog and members lives in IndexedDB, and sales are never answered from a cache.
const CACHE = 'oneshelf-pos-shell-v1'

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(['/pos.html'])).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('oneshelf-pos-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

// the page lists the files it loaded before this worker controlled it
self.addEventListener('message', (event) => {
  const files = event.data && Array.isArray(event.data.cache) ? event.data.cache : []
  event.waitUntil(caches.open(CACHE).then((c) => Promise.all(files.map((f) => c.add(f).catch(() => undefined)))))
})

function isShell(url) {
  return url.pathname === '/pos.html' || url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg'
}

self.addEventListener('fetch', (event) => {
  const req = event.request
  const url = new URL(req.url)
  if (req.method !== 'GET' || url.origin !== self.location.origin || !isShell(url)) return
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone()
          void caches.open(CACHE).then((c) => c.put(req, copy))
        }
        return res
      })
      .catch(() => caches.match(req, { ignoreSearch: url.pathname === '/pos.html' }).then((hit) => hit || Response.error())),
  )
})
