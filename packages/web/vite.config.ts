import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const core = fileURLToPath(new URL('../core/src', import.meta.url));

// The app imports core's TypeScript sources, not its dist: core is isomorphic, and bundling
// the sources lets Rolldown drop what a page does not use.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@hindsight\/core$/, replacement: `${core}/index.ts` },
      { find: /^@hindsight\/core\/(.+)$/, replacement: `${core}/$1/index.ts` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hashed file names under assets/ are what the server caches as immutable.
    assetsDir: 'assets',
    sourcemap: false,
    // scripts/measure-first-page.mjs follows the chunk graph in .vite/manifest.json.
    manifest: true,
    target: 'es2022',
    // The strict CSP forbids inline scripts and styles; never inline assets as data: either.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // A busy CI machine makes the CSS plugins look slow; the warning says nothing about us.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
