import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePostmortem } from '../../../core/src/test-support/generate-postmortem.js';
import { MIN_FILES_FOR_WORKER, prepareHere, preparePool } from './prepare-pool.js';

/** The worker as `npm run build` compiles it; tests run from sources, which have none. */
const BUILT_WORKER = new URL('../../dist/transfer/prepare-worker.js', import.meta.url);
const built = existsSync(fileURLToPath(BUILT_WORKER));

const dir = mkdtempSync(join(tmpdir(), 'hindsight-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = Array.from({ length: MIN_FILES_FOR_WORKER + 5 }, (_, i) => {
  const file = join(dir, `pm-${i}.md`);
  writeFileSync(file, generatePostmortem(500 + i));
  return file;
});

describe('preparePool', () => {
  it.skipIf(!built)(
    'prepares on a worker thread exactly what the main thread would (needs npm run build)',
    async () => {
      const pool = preparePool(files.length, false, BUILT_WORKER);
      try {
        const [first, second] = await Promise.all([
          pool.prepare(files.slice(0, 50)),
          pool.prepare(files.slice(50)),
        ]);
        expect([...first, ...second]).toEqual(await prepareHere(files, false));
      } finally {
        await pool.close();
      }
    },
  );

  it('falls back to this thread when there is no worker script', async () => {
    const pool = preparePool(files.length, false, new URL('file:///nowhere/prepare-worker.js'));
    const results = await pool.prepare(files.slice(0, 3));
    await pool.close();
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
  });
});
