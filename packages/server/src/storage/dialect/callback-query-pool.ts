import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { preparedName } from './prepared-statement.js';
import { wantsArrays } from './rows-as-arrays.js';

/**
 * The pg pool as Kysely's PostgreSQL driver sees it, with every query run through pg's
 * callback form. Kysely calls `client.query(sql, parameters)`, pg's promise form; with it,
 * the rows' strings (a postmortem's 7 KB model and 5 KB Markdown) were nearly all promoted to
 * V8's old generation instead of dying young, measured with `--trace-gc-nvp`: 150 to 180 MB
 * promoted in 6 s of one-at-a-time reads against about 1.5 MB with the callback form, the
 * same queries otherwise. The old generation then grew to four times the live heap between
 * full collections, which was most of the server's resident memory on PostgreSQL
 * (docs/benchmarks.md, API). Cursors (streaming) are passed through unchanged. A text marked
 * by `rowsAsArrays` is run with pg's `rowMode: 'array'`, and one marked by `prepared` as a
 * named prepared statement (pg parses it once per connection).
 */
export function callbackQueryPool(pool: pg.Pool): PostgresPool {
  // Kysely keeps one connection object per client it is handed: hand it the same wrapper.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) wrappers.set(client, (wrapper = wrapClient(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}

function wrapClient(client: pg.PoolClient): PostgresPoolClient {
  function query<R>(
    sql: string,
    parameters: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string')
      return client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
    const text = sqlOrCursor;
    const values = parameters as unknown[];
    return new Promise((resolve, reject) => {
      const done = (error: Error | null, result: pg.QueryResult | pg.QueryArrayResult): void => {
        if (error) reject(error);
        else resolve(result as unknown as PostgresQueryResult<R>);
      };
      const name = preparedName(text);
      if (name !== undefined) client.query({ name, text, values }, done);
      else if (wantsArrays(text)) client.query({ text, values, rowMode: 'array' }, done);
      else client.query(text, values, done);
    });
  }
  return { query, release: () => client.release() };
}
