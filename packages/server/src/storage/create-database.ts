import { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import { postgresAdapter } from './dialect/postgres-adapter.js';
import type { PostgresConfig } from './dialect/postgres-adapter.js';
import { sqliteAdapter } from './dialect/sqlite-adapter.js';
import type { SqliteConfig } from './dialect/sqlite-adapter.js';

/** Which database to use, and its settings. */
export type DatabaseConfig =
  | ({ readonly dialect: 'sqlite' } & SqliteConfig)
  | ({ readonly dialect: 'postgres' } & PostgresConfig);

/** An open database: the typed query builder and the adapter that knows its dialect. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly adapter: DialectAdapter;
  /** Closes the SQLite file or the PostgreSQL pool. */
  close(): Promise<void>;
}

/**
 * Opens a typed database over SQLite or PostgreSQL. Connections are made lazily, on the first
 * query; schema changes are {@link migrate}'s job (or use {@link openDatabase}, which does both).
 *
 * @example
 * const handle = createDatabase({ dialect: 'sqlite', file: '/tmp/h.db' });
 * await migrate(handle);
 * await handle.close();
 */
export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  const adapter = config.dialect === 'sqlite' ? sqliteAdapter(config) : postgresAdapter(config);
  const db = new Kysely<Database>({ dialect: adapter.createDialect() });
  return { db, adapter, close: () => db.destroy() };
}
