import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseConfig, openDatabase } from './open-database.js';
import type { DatabaseHandle } from './create-database.js';
import { migrate } from './migrate.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

describe('openDatabase', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-open-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const open = async (options: Parameters<typeof openDatabase>[0]): Promise<DatabaseHandle> => {
    const handle = await openDatabase(options);
    cleanups.push(() => handle.close());
    return handle;
  };

  it('without a URL, creates the data folder and a migrated SQLite file in it', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const handle = await open({ dataDir });
    expect(handle.adapter.name).toBe('sqlite');
    expect(existsSync(join(dataDir, 'hindsight.db'))).toBe(true);
    const tables = await handle.db.introspection.getTables();
    // Later migrations add tables of their own (accounts, search, workflow, insights).
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'action_items',
        'audit_log',
        'postmortem_labels',
        'postmortems',
        'revisions',
        'timeline_entries',
      ]),
    );
  });

  it('runs SQLite durably: WAL, synchronous=FULL, foreign keys, a busy timeout', async () => {
    const handle = await open({ dataDir: tempDir() });
    const statements = {
      journal_mode: sql`pragma journal_mode`,
      synchronous: sql`pragma synchronous`,
      foreign_keys: sql`pragma foreign_keys`,
      busy_timeout: sql`pragma busy_timeout`,
    };
    const pragma = async (name: keyof typeof statements): Promise<unknown> => {
      const { rows } = await statements[name].execute(handle.db);
      return Object.values(rows[0] as Record<string, unknown>)[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('chooses PostgreSQL for a postgres:// URL and refuses other URLs', () => {
    expect(databaseConfig({ url: 'postgres://u@h/db' })).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@h/db',
    });
    expect(databaseConfig({ url: 'postgresql://u@h/db' }).dialect).toBe('postgres');
    expect(() => databaseConfig({ url: 'mysql://root:secret@h/db' })).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [expect.objectContaining({ path: 'DATABASE_URL' })],
      }),
    );
    // The message names the scheme only: a URL can hold a password.
    expect(() => databaseConfig({ url: 'mysql://root:secret@h/db' })).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('secret') }),
    );
  });
});

forEachDialect('migrate', (ctx) => {
  it('is idempotent: a second run applies nothing and keeps the data', async () => {
    const created = await ctx.store.create(
      { title: 'Survives a second migration' },
      { actor: 'ada' },
    );
    expect(await migrate(ctx.handle)).toEqual({ applied: [] });
    expect((await ctx.store.get(created.id)).model.title).toBe('Survives a second migration');
  });

  it('enforces foreign keys: derived rows cannot point at no postmortem', async () => {
    await expect(
      ctx.handle.db
        .insertInto('timeline_entries')
        .values({
          postmortem_id: '00000000-0000-4000-8000-000000000000',
          position: 0,
          at: null,
          time_text: '',
          kind: 'other',
          text: 'orphan',
        })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });
});
