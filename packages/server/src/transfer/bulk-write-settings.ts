import { sql } from 'kysely';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { DialectAdapter } from '../storage/dialect/dialect-adapter.js';

/**
 * SQLite connection settings for the length of an import, and each one's usual value is read
 * first and put back afterwards, so a handle the server shares comes back as it was.
 *
 * - `synchronous = NORMAL`: a commit is no longer a disk sync. A batch is still atomic (WAL
 *   stays consistent); a power cut may lose the batches since the last sync, and running the
 *   import again finishes them. The import syncs once at the end (below), before it reports.
 *   Each batch's sync held the writing thread, the one thread that cannot overlap with the
 *   others, for about 0.25 s (docs/import-export.md).
 * - `wal_autocheckpoint`: a checkpoint every 64 MB of log rather than 4 MB, so that index and
 *   search pages rewritten by many batches are copied to the database file once, not per
 *   batch.
 * - `cache_size`: 128 MB of pages rather than 2 MB. Slugs and ids are random keys, so each new
 *   row lands on an index page of its own; with the small cache nearly every one was a read.
 */
const SQLITE_SETTINGS = {
  synchronous: 'NORMAL',
  wal_autocheckpoint: '16384',
  cache_size: '-131072',
} as const;

/** PostgreSQL's commits and caches are the server's business: nothing is changed there. */
const SETTINGS: Record<DialectAdapter['name'], Record<string, string>> = {
  sqlite: SQLITE_SETTINGS,
  postgres: {},
};

/**
 * Runs `fn` with the connection tuned for writing many postmortems, then puts the settings
 * back and makes what was written durable (on SQLite, a checkpoint, which syncs the log first)
 * before returning, so that what an import reports as written is on disk.
 */
export async function withBulkWriteSettings<T>(
  handle: DatabaseHandle,
  fn: () => Promise<T>,
): Promise<T> {
  const settings = Object.entries(SETTINGS[handle.adapter.name]);
  if (settings.length === 0) return fn();
  const before: [string, string][] = [];
  for (const [name, value] of settings) {
    const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(handle.db);
    const current = rows[0] === undefined ? undefined : Object.values(rows[0])[0];
    if (current !== undefined) before.push([name, String(current)]);
    await sql`pragma ${sql.raw(`${name} = ${value}`)}`.execute(handle.db);
  }
  try {
    return await fn();
  } finally {
    for (const [name, value] of before)
      await sql`pragma ${sql.raw(`${name} = ${value}`)}`.execute(handle.db);
    await sql`pragma wal_checkpoint(PASSIVE)`.execute(handle.db);
  }
}
