import { resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Tells, without reading any table, whether anything may have been written to the database
 * since an earlier look. A reader that verified something at mark `m` may trust it while
 * `current()` still returns `m`; any other mark means "look again".
 */
export interface ChangeWatch {
  /** A mark that differs from every earlier one once a write may have been committed since. */
  current(): number;
}

/** One watch per database file in this process, so that every connection's writes count. */
const watches = new Map<string, SqliteChangeWatch>();

/**
 * A {@link ChangeWatch} over this process's SQLite connections to one file. It counts their
 * writes as they are prepared (every statement that is not read-only, whether it commits or
 * not, which only makes a reader look again for nothing), and asks each connection's
 * `PRAGMA data_version`, which SQLite changes whenever another process (another server,
 * `hindsight import`) commits to the file.
 */
export class SqliteChangeWatch implements ChangeWatch {
  /** The watch of `file`, shared by every adapter of this process on it. */
  static forFile(file: string): SqliteChangeWatch {
    // An in-memory database belongs to its one connection: nobody else can write to it.
    if (file === ':memory:' || file === '') return new SqliteChangeWatch();
    const key = resolve(file);
    let watch = watches.get(key);
    if (watch === undefined) watches.set(key, (watch = new SqliteChangeWatch()));
    return watch;
  }

  #mark = 0;
  #askedThisTurn = false;
  readonly #connections = new Map<BetterSqlite3.Statement, number>();

  /** Watches a connection for other connections' commits (called as it opens). */
  watch(db: BetterSqlite3.Database): void {
    const version = db.prepare('pragma data_version').pluck();
    this.#connections.set(version, version.get() as number);
    this.#mark++;
  }

  /** Stops watching a connection (called as it closes). */
  unwatch(db: BetterSqlite3.Database): void {
    for (const version of this.#connections.keys())
      if (version.database === db) this.#connections.delete(version);
  }

  /** Counts a write by this process (called before a statement that may write runs). */
  wrote(): void {
    this.#mark++;
  }

  /**
   * Asks the connections at most once per turn of the event loop: a request read from its
   * socket in this turn arrived before the turn began, so a commit that another process's
   * client saw finish before sending it is seen (this process's writes count at once). The
   * pragma costs about as much as the rest of a cached read.
   */
  current(): number {
    // Before any connection opens nothing can be trusted yet: a fresh mark each time.
    if (this.#connections.size === 0) return ++this.#mark;
    if (this.#askedThisTurn) return this.#mark;
    this.#askedThisTurn = true;
    setImmediate(this.#nextTurn);
    for (const [version, seen] of this.#connections) {
      const now = version.get() as number;
      if (now !== seen) {
        this.#connections.set(version, now);
        this.#mark++;
      }
    }
    return this.#mark;
  }

  readonly #nextTurn = (): void => {
    this.#askedThisTurn = false;
  };
}
