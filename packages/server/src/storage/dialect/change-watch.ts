import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { endianness } from 'node:os';
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
 * The first copy of the WAL-index header at the start of the `-shm` file (SQLite's documented
 * WAL-index format): `iVersion`, padding, `iChange` (one more for every commit), flags and
 * page size, `mxFrame`, `nPage`, the last frame's checksum, the salts, and a checksum of it all.
 * A committing connection writes it before its commit returns, so any commit changes these
 * bytes, and a checkpoint that restarts the log changes them too (a look again for nothing).
 */
const WAL_INDEX_HEADER_BYTES = 48;
/** `iVersion` of the WAL-index format, unchanged since SQLite 3.7.0. */
const WAL_INDEX_VERSION = 3007000;
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * A {@link ChangeWatch} over this process's SQLite connections to one file. It counts their
 * writes as they are prepared (every statement that is not read-only, whether it commits or
 * not, which only makes a reader look again for nothing), and notices other processes'
 * commits (another server, `hindsight import`) by reading the WAL-index header from the
 * `-shm` file: one `pread` of 48 bytes, about 0.65 µs, where each connection's
 * `PRAGMA data_version` took about 2 µs, a read transaction with its file locks, on a path
 * that a cached GET one takes once a turn (docs/benchmarks.md, API). Where the header cannot be
 * read (a database not in WAL mode, an unknown format), it asks the pragma as before.
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
  /** The `-shm` file, read in place of the pragma while the header makes sense. */
  #shm: { readonly fd: number; readonly seen: Buffer; readonly now: Buffer } | undefined;

  /** Watches a connection for other connections' commits (called as it opens). */
  watch(db: BetterSqlite3.Database): void {
    const version = db.prepare('pragma data_version').pluck();
    this.#connections.set(version, version.get() as number);
    this.#shm ??= openWalIndex(db);
    this.#mark++;
  }

  /** Stops watching a connection (called as it closes). */
  unwatch(db: BetterSqlite3.Database): void {
    for (const version of this.#connections.keys())
      if (version.database === db) this.#connections.delete(version);
    if (this.#connections.size === 0 && this.#shm !== undefined) {
      closeSync(this.#shm.fd);
      this.#shm = undefined;
    }
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
    const shm = this.#shm;
    if (shm !== undefined) {
      if (readWalIndexHeader(shm.fd, shm.now) && shm.now.equals(shm.seen)) return this.#mark;
      shm.now.copy(shm.seen);
      return ++this.#mark;
    }
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

/**
 * The `-shm` file of a connection's database, with its header as read now, or undefined when
 * the header cannot be trusted: the database is not in WAL mode, or the file is missing or of
 * another format. Its path follows symbolic links, as SQLite's own does.
 */
function openWalIndex(
  db: BetterSqlite3.Database,
): { fd: number; seen: Buffer; now: Buffer } | undefined {
  if (db.memory || String(db.pragma('journal_mode', { simple: true })) !== 'wal') return undefined;
  let fd: number;
  try {
    fd = openSync(`${realpathSync(db.name)}-shm`, 'r');
  } catch {
    return undefined;
  }
  const seen = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  if (!readWalIndexHeader(fd, seen)) {
    closeSync(fd);
    return undefined;
  }
  return { fd, seen, now: Buffer.alloc(WAL_INDEX_HEADER_BYTES) };
}

/** Reads the header into `into`; false when it is not a WAL-index header SQLite has set up. */
function readWalIndexHeader(fd: number, into: Buffer): boolean {
  try {
    if (readSync(fd, into, 0, WAL_INDEX_HEADER_BYTES, 0) !== WAL_INDEX_HEADER_BYTES) return false;
  } catch {
    return false;
  }
  // In the machine's byte order (the file is not portable); isInit is the byte at offset 12.
  const version = LITTLE_ENDIAN ? into.readUInt32LE(0) : into.readUInt32BE(0);
  return version === WAL_INDEX_VERSION && into[12] === 1;
}
