import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../test-support/for-each-dialect.js';
import { callbackQueryPool } from './callback-query-pool.js';

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
