import type {
  ColumnDefinitionBuilder,
  Compilable,
  Dialect,
  Expression,
  Kysely,
  RawBuilder,
} from 'kysely';
import type { Database } from '../database.js';
import type { ChangeWatch } from './change-watch.js';

/** What a dialect can do, so that code asks about a feature instead of naming a dialect. */
export interface DialectCapabilities {
  /** `INSERT … RETURNING` and `UPDATE … RETURNING` (both dialects here; not MySQL). */
  readonly returning: boolean;
  /** How JSON columns are stored: as text, or as PostgreSQL's binary `jsonb`. */
  readonly json: 'text' | 'jsonb';
  /** The full-text engine search runs on: SQLite FTS5 or PostgreSQL tsvector (docs/search.md). */
  readonly fullTextSearch: 'fts5' | 'tsvector';
  /** Several server processes, on several machines, may share one database. */
  readonly sharedAcrossHosts: boolean;
}

/** A column type plus anything the dialect has to say after it (a collation, an identity). */
export interface ColumnSpec {
  readonly type: Expression<unknown>;
  readonly modify: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

/**
 * Column types that differ between dialects. The migrations use these, so an existing entry
 * must never change: a new type gets a new entry and a new migration.
 */
export interface ColumnTypes {
  /** A generated UUID: PostgreSQL's 16-byte `uuid`, SQLite text. */
  readonly id: ColumnSpec;
  /** A JSON document: `jsonb` or text, see `capabilities.json`. */
  readonly json: ColumnSpec;
  /** A floating-point number with double precision. */
  readonly float: ColumnSpec;
  /** Text that lists are sorted by: compared byte by byte on both dialects. */
  readonly sortText: ColumnSpec;
  /** An auto-incrementing integer primary key. */
  readonly identity: ColumnSpec;
}

/**
 * Everything that differs between SQLite and PostgreSQL, in one place. The rest of the
 * storage layer sees one typed `Kysely<Database>` and asks the adapter, never the dialect's name.
 */
export interface DialectAdapter {
  readonly name: 'sqlite' | 'postgres';
  readonly capabilities: DialectCapabilities;
  readonly columns: ColumnTypes;
  /** The schema the migration tables are kept in, for dialects that have schemas. */
  readonly schema: string | undefined;
  /** The Kysely dialect that opens connections with this adapter's settings. */
  createDialect(): Dialect;
  /**
   * Whether anything may have been written since an earlier look, asked without a query, or
   * undefined where the dialect cannot tell so cheaply: a PostgreSQL server hears of another
   * server's commit only by asking (a notification would arrive late, and a read right after
   * another server's write could be stale).
   */
  readonly changes: ChangeWatch | undefined;
  /** A value read from a JSON column, as a JavaScript value. */
  decodeJson(value: unknown): unknown;
  /**
   * A JSON column read as its JSON text, for copying into an answer without parsing it and
   * serialising it again (`jsonb` is cast to text; SQLite keeps the text it was given).
   */
  jsonText(column: string): RawBuilder<string>;
  /**
   * A text column as a JSON string literal, quoted and escaped by the database (SQLite's
   * `json_quote`, PostgreSQL's `to_json`), for the same copying: escaping a 5 KB Markdown
   * text with `JSON.stringify` cost about as much CPU as reading the row.
   */
  jsonQuoted(column: string): RawBuilder<string>;
  /**
   * The rows of `query` (on `db`, opened with this adapter's dialect) as arrays of the
   * selected columns' values, in the order selected, for reads of many rows: making an object
   * of each row cost most of a grouped summary's read of 100,000 on SQLite. `Row` is the
   * caller's word for the columns, as Kysely's row types are.
   *
   * @example
   * const rows = await adapter.rowsAsArrays<[string | null, number | null]>(
   *   db,
   *   db.selectFrom('postmortem_insights').select(['month', 'duration']),
   * );
   */
  rowsAsArrays<Row extends readonly unknown[]>(
    db: Kysely<Database>,
    query: Compilable<unknown>,
  ): Promise<Row[]>;
  /** Whether `error` is a unique-constraint violation on `table.column`. */
  isUniqueViolation(error: unknown, table: string, column: string): boolean;
  /**
   * Runs `fn` in a write transaction, committing when it resolves and rolling back when it
   * throws. SQLite takes the write lock at the start (`BEGIN IMMEDIATE`), so that a
   * transaction never fails half-way when it turns from reading to writing.
   */
  writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
}
