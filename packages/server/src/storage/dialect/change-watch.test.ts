import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SqliteChangeWatch } from './change-watch.js';
import { withStatementCache } from './statement-cache.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-change-watch-'));
  file = join(dir, 'db.sqlite');
  const setup = new BetterSqlite3(file);
  setup.pragma('journal_mode = WAL');
  setup.exec('create table t (n integer)');
  setup.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `fn` with the file's watch over one connection of this process, and a second
 * connection the watch does not know of, as another process's would be; closes both after.
 */
async function withElsewhere(
  fn: (watch: SqliteChangeWatch, elsewhere: BetterSqlite3.Database) => Promise<void>,
): Promise<void> {
  const watch = SqliteChangeWatch.forFile(file);
  const db = withStatementCache(new BetterSqlite3(file), { watch });
  const elsewhere = new BetterSqlite3(file);
  try {
    await fn(watch, elsewhere);
  } finally {
    elsewhere.close();
    db.close();
  }
}

it('keeps its mark while nothing is written, and moves it for each write of this process', async () => {
  const watch = SqliteChangeWatch.forFile(file);
  const db = withStatementCache(new BetterSqlite3(file), { watch });
  try {
    const mark = watch.current();
    db.prepare('select count(*) from t').all([]);
    await nextTurn();
    expect(watch.current()).toBe(mark);
    db.prepare('insert into t (n) values (?)').run([1]);
    // At once, in the same turn: this process's own writes need no pragma.
    const afterWrite = watch.current();
    expect(afterWrite).not.toBe(mark);
    // Another connection of this process on the same file shares the watch.
    const second = withStatementCache(new BetterSqlite3(join(dir, '.', 'db.sqlite')), {
      watch: SqliteChangeWatch.forFile(join(dir, '.', 'db.sqlite')),
    });
    try {
      second.prepare('update t set n = 2').run([]);
      expect(watch.current()).not.toBe(afterWrite);
    } finally {
      second.close();
    }
  } finally {
    db.close();
  }
});

it('sees another process’s commit from the next turn of the event loop', () =>
  withElsewhere(async (watch, elsewhere) => {
    await nextTurn();
    const mark = watch.current();
    elsewhere.prepare('insert into t (n) values (3)').run();
    // Asked once a turn: a request of this turn arrived before the commit.
    expect(watch.current()).toBe(mark);
    await nextTurn();
    const seen = watch.current();
    expect(seen).not.toBe(mark);
    await nextTurn();
    expect(watch.current()).toBe(seen);
  }));

it('sees a commit the same way through the pragma when the database is not in WAL mode', async () => {
  const setup = new BetterSqlite3(file);
  setup.pragma('journal_mode = DELETE');
  setup.close();
  await withElsewhere(async (watch, elsewhere) => {
    await nextTurn();
    const mark = watch.current();
    await nextTurn();
    expect(watch.current()).toBe(mark);
    elsewhere.prepare('insert into t (n) values (4)').run();
    await nextTurn();
    expect(watch.current()).not.toBe(mark);
  });
});

it('sees every one of many commits by another connection, and a checkpoint that restarts the log', () =>
  withElsewhere(async (watch, elsewhere) => {
    for (let i = 0; i < 50; i++) {
      await nextTurn();
      const mark = watch.current();
      elsewhere.prepare('insert into t (n) values (?)').run(i);
      if (i % 10 === 9) elsewhere.pragma('wal_checkpoint(RESTART)');
      await nextTurn();
      expect(watch.current()).not.toBe(mark);
    }
  }));

it('trusts nothing before a connection opens or after the last one closes', () => {
  const watch = SqliteChangeWatch.forFile(join(dir, 'never-opened.sqlite'));
  expect(watch.current()).not.toBe(watch.current());
  const db = withStatementCache(new BetterSqlite3(file), {
    watch: SqliteChangeWatch.forFile(file),
  });
  db.close();
  const closed = SqliteChangeWatch.forFile(file);
  expect(closed.current()).not.toBe(closed.current());
});

it('gives each in-memory database a watch of its own', () => {
  expect(SqliteChangeWatch.forFile(':memory:')).not.toBe(SqliteChangeWatch.forFile(':memory:'));
  expect(SqliteChangeWatch.forFile(file)).toBe(SqliteChangeWatch.forFile(join(dir, 'db.sqlite')));
});
