import pg from 'pg';
import { PostgresDialect, sql } from 'kysely';
import { callbackQueryPool } from './callback-query-pool.js';
import type { DialectAdapter } from './dialect-adapter.js';
import { rowsAsArrays } from './rows-as-arrays.js';

/** Settings of a PostgreSQL database. */
export interface PostgresConfig {
  /** A connection URL, `postgres://user@host:5432/db`. */
  readonly url: string;
  /**
   * The schema the tables live in (default `public`). It is put first on every connection's
   * `search_path`; tests use a fresh schema each.
   */
  readonly schema?: string;
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number;
  /**
   * Told when an idle pooled connection fails (the server restarted, a network blip). The
   * pool drops that connection and opens a new one on demand; without a listener, `pg` would
   * raise the error as uncaught and end the process.
   */
  readonly onPoolError?: (error: Error) => void;
}

const INT8_OID = 20;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const same = <T>(column: T): T => column;

/**
 * The adapter for PostgreSQL through a `pg` connection pool.
 *
 * 64-bit integers (identity columns, `count(*)`) are read as JavaScript numbers, not strings:
 * they stay far below 2^53 here. Durability is PostgreSQL's own: with the default
 * `synchronous_commit = on`, a commit is flushed to the WAL before it is acknowledged.
 *
 * @example
 * const adapter = postgresAdapter({ url: process.env.DATABASE_URL ?? '' });
 */
export function postgresAdapter(config: PostgresConfig): DialectAdapter {
  const schema = config.schema ?? 'public';
  // The schema goes into a connection option, not a query parameter: allow only plain names.
  if (!IDENTIFIER.test(schema)) throw new RangeError(`not a plain schema name: ${schema}`);
  return {
    name: 'postgres',
    capabilities: {
      returning: true,
      json: 'jsonb',
      fullTextSearch: 'tsvector',
      sharedAcrossHosts: true,
    },
    columns: {
      id: { type: sql`uuid`, modify: same },
      json: { type: sql`jsonb`, modify: same },
      float: { type: sql`double precision`, modify: same },
      // The database's default collation follows a locale (and may differ between servers);
      // "C" compares bytes, like SQLite, so both dialects sort and paginate alike.
      sortText: { type: sql`text`, modify: (c) => c.modifyEnd(sql`collate "C"`) },
      identity: {
        type: sql`bigint`,
        modify: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
      },
    },
    schema,
    changes: undefined,
    createDialect: () => {
      const pool = new pg.Pool({
        connectionString: config.url,
        max: config.maxConnections ?? 10,
        options: `-c search_path=${schema}`,
        types: {
          getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
            oid === INT8_OID && format !== 'binary'
              ? (value: string) => Number(value)
              : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
        },
      });
      pool.on('error', config.onPoolError ?? (() => undefined));
      return new PostgresDialect({ pool: callbackQueryPool(pool) });
    },
    // jsonb comes back parsed by the driver.
    decodeJson: (value) => value,
    jsonText: (column) => sql<string>`${sql.ref(column)}::text`,
    jsonQuoted: (column) => sql<string>`to_json(${sql.ref(column)})::text`,
    rowsAsArrays,
    isUniqueViolation: (error, table, column) =>
      error instanceof pg.DatabaseError &&
      error.code === '23505' &&
      error.table === table &&
      (error.detail ?? '').startsWith(`Key (${column})=`),
    writeTransaction: (db, fn) => db.transaction().execute(fn),
  };
}
