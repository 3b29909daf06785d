import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { DatabaseHandle } from '../storage/create-database.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { withBulkWriteSettings } from './bulk-write-settings.js';

async function pragma(handle: DatabaseHandle, name: string): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(handle.db);
  return rows[0] === undefined ? undefined : Object.values(rows[0])[0];
}

const NAMES = ['synchronous', 'cache_size', 'wal_autocheckpoint'];

forEachDialect('withBulkWriteSettings', (ctx) => {
  it('tunes the connection only while it runs, and gives back what the function returns', async () => {
    if (ctx.dialect !== 'sqlite') {
      expect(await withBulkWriteSettings(ctx.handle, () => Promise.resolve(7))).toBe(7);
      return;
    }
    const before = await Promise.all(NAMES.map((n) => pragma(ctx.handle, n)));
    // FULL, as the adapter opens every connection.
    expect(before[0]).toBe(2);
    const during = await withBulkWriteSettings(ctx.handle, () =>
      Promise.all(NAMES.map((n) => pragma(ctx.handle, n))),
    );
    expect(during).toEqual([1, -131072, 16384]);
    expect(await Promise.all(NAMES.map((n) => pragma(ctx.handle, n)))).toEqual(before);

    await expect(
      withBulkWriteSettings(ctx.handle, () => Promise.reject(new Error('failed import'))),
    ).rejects.toThrow('failed import');
    expect(await Promise.all(NAMES.map((n) => pragma(ctx.handle, n)))).toEqual(before);
  });
});
