import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDatabase } from '../create-database.js';
import type { DatabaseConfig, DatabaseHandle } from '../create-database.js';
import { migrate } from '../migrate.js';
import { PostmortemStore } from '../postmortem-store.js';
import type { StoreOptions } from '../store-options.js';

/** The dialects every storage test runs on. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];

/** What a test suite gets for its dialect: a fresh, migrated database and a store over it. */
export interface DialectContext {
  readonly dialect: TestDialect;
  readonly handle: DatabaseHandle;
  readonly store: PostmortemStore;
  /** How to open the same database again (another process, a restart). */
  readonly config: DatabaseConfig;
}

/** The PostgreSQL URL of the test server, from `HINDSIGHT_TEST_PG`. */
export function testPostgresUrl(): string | undefined {
  const url = process.env['HINDSIGHT_TEST_PG'];
  return url === undefined || url.trim() === '' ? undefined : url.trim();
}

/**
 * Why a dialect's suites are skipped here, if they are. `HINDSIGHT_TEST_DIALECTS=sqlite`
 * narrows a run to some dialects, as Kysely's own suites do.
 */
function skipReason(dialect: TestDialect): string | undefined {
  const only = process.env['HINDSIGHT_TEST_DIALECTS'];
  if (only !== undefined && only.trim() !== '') {
    const wanted = only.split(',').map((d) => d.trim());
    if (!wanted.includes(dialect)) return `not in HINDSIGHT_TEST_DIALECTS (${only})`;
  }
  if (dialect === 'postgres' && testPostgresUrl() === undefined)
    return 'PostgreSQL not configured (HINDSIGHT_TEST_PG)';
  return undefined;
}

/**
 * Declares the suite `fn` once per dialect: on a fresh SQLite file in a temporary folder, and
 * on a fresh PostgreSQL schema (`t_<random>`, dropped afterwards) of `HINDSIGHT_TEST_PG`.
 * Without that variable the PostgreSQL suite is skipped, and its name says why.
 *
 * @example
 * forEachDialect('create', (ctx) => {
 *   it('stores a postmortem', async () => { await ctx.store.create(...); });
 * });
 */
export function forEachDialect(
  title: string,
  fn: (ctx: DialectContext) => void,
  storeOptions: StoreOptions = {},
): void {
  for (const dialect of DIALECTS) {
    const reason = skipReason(dialect);
    const name =
      reason === undefined ? `${title} [${dialect}]` : `${title} [${dialect}] — skipped: ${reason}`;
    describe.skipIf(reason !== undefined)(name, () => {
      let opened: TestDatabase | undefined;
      let store: PostmortemStore | undefined;
      beforeAll(async () => {
        opened = await openTestDatabase(dialect);
        store = new PostmortemStore(opened.handle, storeOptions);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      fn({
        dialect,
        get handle() {
          if (opened === undefined) throw new Error('the database opens in beforeAll');
          return opened.handle;
        },
        get store() {
          if (store === undefined) throw new Error('the database opens in beforeAll');
          return store;
        },
        get config() {
          if (opened === undefined) throw new Error('the database opens in beforeAll');
          return opened.config;
        },
      });
    });
  }
}

/** A migrated database of its own, and how to remove it. */
export interface TestDatabase {
  readonly handle: DatabaseHandle;
  readonly config: DatabaseConfig;
  dispose(): Promise<void>;
}

/** Opens a fresh, migrated database for one suite. */
export async function openTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-test-'));
    const config: DatabaseConfig = { dialect: 'sqlite', file: join(dir, 'test.db') };
    const handle = createDatabase(config);
    await migrate(handle);
    return {
      handle,
      config,
      dispose: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = testPostgresUrl();
  if (url === undefined) throw new Error('HINDSIGHT_TEST_PG is not set');
  const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
  await adminQuery(url, (client) => `CREATE SCHEMA ${client.escapeIdentifier(schema)}`);
  const config: DatabaseConfig = { dialect: 'postgres', url, schema, maxConnections: 20 };
  const handle = createDatabase(config);
  await migrate(handle);
  return {
    handle,
    config,
    dispose: async () => {
      await handle.close();
      await adminQuery(url, (client) => `DROP SCHEMA ${client.escapeIdentifier(schema)} CASCADE`);
    },
  };
}

async function adminQuery(url: string, statement: (client: pg.Client) => string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement(client));
  } finally {
    await client.end();
  }
}

/** Rows in every table, to prove that a failed write left nothing behind. */
export async function countRows(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = [
    'postmortems',
    'revisions',
    'postmortem_labels',
    'action_items',
    'timeline_entries',
    'audit_log',
    'postmortem_insights',
    'postmortem_insight_texts',
    'users',
    'teams',
    'team_members',
    'sessions',
    'api_tokens',
    'login_attempts',
    'instance_steps',
    'comments',
    'review_events',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
