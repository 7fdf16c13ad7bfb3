import { fileURLToPath } from 'url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Relative base: Electron loads the build from file://, the web host from http://127.0.0.1.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Plotly's strict bundle alone is ~4.5 MB minified; it loads from disk, never the network.
    chunkSizeWarningLimit: 5120,
    rollupOptions: {
      output: {
        // Vendor libraries in their own files, so a rebuild of the app leaves them cached.
        manualChunks: {
          plotly: ['plotly.js-strict-dist-min'],
          grid: ['ag-grid-community', 'ag-grid-react'],
        },
      },
    },
  },
})
