import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const core = fileURLToPath(new URL('./packages/core/src', import.meta.url));
const server = fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources of sibling packages, not their build output.
    alias: [
      { find: /^@hindsight\/core(\/.*)?$/, replacement: `${core}$1` },
      { find: /^@hindsight\/server$/, replacement: server },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'bench/**/*.test.ts',
      // Browser tests of the web app in real Chromium (packages/web/e2e/support).
      'packages/web/e2e/**/*.e2e.test.ts',
    ],
    // Two cores on the CI machines: parallel, but modest.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
