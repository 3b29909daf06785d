import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../test-support/for-each-dialect.js';
import { callbackQueryPool } from './callback-query-pool.js';
import { PREPARED, preparedName } from './prepared-statement.js';

const url = testPostgresUrl();

describe.skipIf(url === undefined)('callbackQueryPool (PostgreSQL)', () => {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const wrapped = callbackQueryPool(pool);
  afterAll(() => wrapped.end());

  it('answers a query with its rows, and hands Kysely the same client object each time', async () => {
    const first = await wrapped.connect();
    const result = await first.query<{ n: number; t: string }>('select $1::int as n, $2 as t', [
      7,
      'ünï',
    ]);
    expect(result.rows).toEqual([{ n: 7, t: 'ünï' }]);
    first.release();
    // One connection in the pool: the second connect gets the same pg client back.
    const second = await wrapped.connect();
    expect(second).toBe(first);
    second.release();
  });

  it('runs a text marked as prepared as a named statement, parsed once on its connection', async () => {
    const client = await wrapped.connect();
    try {
      const text = `${PREPARED}select $1::int + 1 as n`;
      expect((await client.query<{ n: number }>(text, [1])).rows).toEqual([{ n: 2 }]);
      expect((await client.query<{ n: number }>(text, [41])).rows).toEqual([{ n: 42 }]);
      const kept = await client.query<{ name: string; statement: string }>(
        'select name, statement from pg_prepared_statements',
        [],
      );
      expect(kept.rows).toEqual([{ name: preparedName(text), statement: text }]);
    } finally {
      client.release();
    }
  });

  it('rejects with the driver error, so that unique violations are still recognised', async () => {
    const client = await wrapped.connect();
    try {
      await expect(client.query('select * from no_such_table_here', [])).rejects.toBeInstanceOf(
        pg.DatabaseError,
      );
    } finally {
      client.release();
    }
  });
});
