import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createDatabase } from './create-database.js';
import { migrate } from './migrate.js';
import { PostmortemStore } from './postmortem-store.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

const WRITER = fileURLToPath(new URL('./test-support/crash-writer.mjs', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
/** Acknowledged writes to wait for before the kill. */
const ACKS = 40;

/**
 * Runs the writer in a child process until it has acknowledged `ACKS` writes, then kills it
 * with SIGKILL while it is in the middle of the next ones. Returns the acknowledged writes.
 */
function writeUntilKilled(config: unknown): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER], {
      env: { ...process.env, HINDSIGHT_CRASH_DB: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked = new Map<string, number>();
    let count = 0;
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [, id, revision] = line.split(' ');
        if (id === undefined || revision === undefined) continue;
        acked.set(id, Math.max(acked.get(id) ?? 0, Number(revision)));
        if (++count === ACKS) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`the writer stopped before it was killed: ${errors}`));
    });
  });
}

forEachDialect('crash durability', (ctx) => {
  const built = existsSync(BUILT);
  it.skipIf(!built)(
    built
      ? 'every write acknowledged before a SIGKILL is there after a restart, and the database opens cleanly'
      : 'crash test skipped: the writer runs the built package (npm run build first)',
    async () => {
      const acked = await writeUntilKilled(ctx.config);
      expect(acked.size).toBeGreaterThan(0);

      // A restart: a new connection (pool) to the same database, migrated as at start.
      const restarted = createDatabase(ctx.config);
      try {
        expect(await migrate(restarted)).toEqual({ applied: [] });
        if (restarted.adapter.name === 'sqlite') {
          const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
            restarted.db,
          );
          expect(rows).toEqual([{ integrity_check: 'ok' }]);
        }
        const store = new PostmortemStore(restarted);
        for (const [id, revision] of acked) {
          const stored = await store.get(id);
          expect(stored.revision).toBeGreaterThanOrEqual(revision);
          const history = await store.listRevisions(id);
          expect(history.items).toHaveLength(stored.revision);
        }
        // And it takes new writes.
        await store.create({ title: 'After the crash' }, { actor: 'ada' });
      } finally {
        await restarted.close();
      }
    },
  );
});
