import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import type { SqliteChangeWatch } from './change-watch.js';
import { wantsArrays } from './rows-as-arrays.js';

/** Statements kept per connection: the app's queries, with room for filter combinations. */
const DEFAULT_SIZE = 500;

/**
 * A better-sqlite3 connection for Kysely that prepares each distinct SQL text once. Kysely's
 * SQLite driver prepares every query it runs; preparing cost as much as running the query
 * for the read of one postmortem by id (docs/benchmarks.md, API). The texts Kysely makes
 * hold `?` placeholders, never values, so the distinct texts are few; the least recently used
 * statement is finalised once `size` are kept. Statements are reused one at a time: Kysely
 * runs one query at a time on its single SQLite connection. A text marked by
 * `rowsAsArrays` is prepared in raw mode, its rows read as arrays: the mode belongs to the
 * statement, and the mark makes it a text of its own. With a `watch`, the connection is
 * watched for other connections' commits, and each statement that may write is counted as
 * it is prepared, which Kysely does right before running it.
 */
export function withStatementCache(
  db: BetterSqlite3.Database,
  { size = DEFAULT_SIZE, watch }: { size?: number; watch?: SqliteChangeWatch } = {},
): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  watch?.watch(db);
  return {
    close: () => {
      statements.clear();
      watch?.unwatch(db);
      db.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = db.prepare(sql);
        if (wantsArrays(sql)) statement.raw(true);
        if (statements.size >= size) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      } else statements.delete(sql);
      // Re-inserted so that the Map's order is the order of last use.
      statements.set(sql, statement);
      if (!statement.readonly) watch?.wrote();
      return statement;
    },
  };
}
