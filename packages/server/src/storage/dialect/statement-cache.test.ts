import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

it('prepares each SQL text once, keeps the most recently used, and closes the database', () => {
  const raw = new BetterSqlite3(':memory:');
  const db = withStatementCache(raw, { size: 2 });
  const one = db.prepare('select 1 as n');
  expect(db.prepare('select 1 as n')).toBe(one);
  expect(one.all([])).toEqual([{ n: 1 }]);
  const two = db.prepare('select 2 as n');
  db.prepare('select 1 as n'); // used last: "select 2" is now the oldest
  db.prepare('select 3 as n');
  expect(db.prepare('select 1 as n')).toBe(one);
  expect(db.prepare('select 2 as n')).not.toBe(two);
  db.close();
  expect(raw.open).toBe(false);
});
