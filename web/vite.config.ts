import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The production build is written to web/dist; Maven copies it into the jar's
// static folder and the Spring Boot server serves it at "/".
// Routing uses hash history, so no SPA fallback is needed on the server.
// Three entries: the console (index.html, Element Plus), the customers' storefront (shop.html, Vant), served at
// /shop.html#/{brandCode}/, and the store counter (pos.html, Element Plus; its app shell kept by public/pos-sw.js);
// plus the guides' phone workbench (guide.html, Vant, signed in with the console's staff session).
export default defineConfig({
  base: '/',
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        console: fileURLToPath(new URL('./index.html', import.meta.url)),
        shop: fileURLToPath(new URL('./shop.html', import.meta.url)),
        pos: fileURLToPath(new URL('./pos.html', import.meta.url)),
        guide: fileURLToPath(new URL('./guide.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: process.env.ONESHELF_API ?? 'http://127.0.0.1:8080',
        changeOrigin: false,
      },
      '/media': {
        target: process.env.ONESHELF_API ?? 'http://127.0.0.1:8080',
        changeOrigin: false,
      },
      '/sandbox': {
        target: process.env.ONESHELF_API ?? 'http://127.0.0.1:8080',
        changeOrigin: false,
      },
    },
  },
})
