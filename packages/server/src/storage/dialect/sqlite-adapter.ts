import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { SqliteChangeWatch } from './change-watch.js';
import type { DialectAdapter } from './dialect-adapter.js';
import { rowsAsArrays } from './rows-as-arrays.js';
import { withStatementCache } from './statement-cache.js';

/** Settings of the embedded SQLite database. */
export interface SqliteConfig {
  /** The database file; created when missing (its folder must exist). */
  readonly file: string;
  /** How long a write waits for another process's write lock, in ms. Default 5000. */
  readonly busyTimeoutMs?: number;
}

const same = <T>(column: T): T => column;

/**
 * The adapter for an embedded SQLite file through better-sqlite3.
 *
 * Every connection runs with WAL (readers never block the writer), `synchronous=FULL` (a
 * commit is on disk before it is acknowledged: WAL's usual `NORMAL` can lose the last
 * commits on a power cut or OS crash), foreign keys enforced, and a busy timeout so that a
 * second process (`hindsight import` beside `serve`) waits for the lock instead of failing.
 *
 * @example
 * const adapter = sqliteAdapter({ file: './data/hindsight.db' });
 */
export function sqliteAdapter(config: SqliteConfig): DialectAdapter {
  const changes = SqliteChangeWatch.forFile(config.file);
  return {
    name: 'sqlite',
    capabilities: {
      returning: true,
      json: 'text',
      fullTextSearch: 'fts5',
      sharedAcrossHosts: false,
    },
    columns: {
      id: { type: sql`text`, modify: same },
      json: { type: sql`text`, modify: same },
      float: { type: sql`real`, modify: same },
      // SQLite compares text byte by byte (BINARY) unless told otherwise.
      sortText: { type: sql`text`, modify: same },
      identity: { type: sql`integer`, modify: (c) => c.primaryKey().autoIncrement() },
    },
    schema: undefined,
    createDialect: () =>
      new SqliteDialect({
        database: () => Promise.resolve(withStatementCache(openSqlite(config), { watch: changes })),
      }),
    changes,
    decodeJson: (value) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
    jsonText: (column) => sql<string>`${sql.ref(column)}`,
    jsonQuoted: (column) => sql<string>`json_quote(${sql.ref(column)})`,
    rowsAsArrays,
    isUniqueViolation: (error, table, column) =>
      error instanceof BetterSqlite3.SqliteError &&
      error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
      error.message.includes(`${table}.${column}`),
    writeTransaction: sqliteWriteTransaction,
  };
}

function openSqlite(config: SqliteConfig): BetterSqlite3.Database {
  const db = new BetterSqlite3(config.file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(config.busyTimeoutMs ?? 5000))}`);
    // Table statistics for the query planner, as SQLite advises for a long-lived connection:
    // without them it filters lists on the unselective `deleted_at` index and sorts every row
    // (3 s for a page of 20 at 100,000 postmortems) instead of walking the sort key's index
    // (1 ms). Cheap when the statistics are fresh; it re-analyses a table only once it has
    // grown or shrunk about tenfold.
    db.pragma('optimize = 0x10002');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

async function sqliteWriteTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // Kysely's transaction() issues a deferred BEGIN; a deferred transaction that reads before
  // it writes can fail with SQLITE_BUSY when another process wrote in between, without
  // waiting. BEGIN IMMEDIATE waits (busy_timeout) for the write lock up front instead.
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    let result: T;
    try {
      result = await fn(connection);
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
    try {
      await sql`commit`.execute(connection);
    } catch (error) {
      // A failed COMMIT can leave the transaction open; close it so the connection is reusable.
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
    return result;
  });
}
