import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './database.js';
import { prepared } from './dialect/prepared-statement.js';

/** What decides whether a kept answer is still current: the revision and the trash. */
export interface Stamp {
  readonly revision: number;
  readonly deletedAt: string | null;
}

interface StampRow {
  readonly id: string;
  readonly revision: number;
  readonly deleted_at: string | null;
}

interface Waiter {
  readonly resolve: (stamp: Stamp | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The sizes a batch's list of ids is padded to (with its last id), so that a few SQL texts
 * serve every batch and each is prepared once; a larger batch is read in parts of the largest.
 */
const BATCH_SIZES = [1, 2, 4, 8, 16, 32, 64] as const;
const LARGEST = BATCH_SIZES[BATCH_SIZES.length - 1] as number;

/**
 * Reads the stamps of postmortems by id, all those asked for in one turn of the event loop
 * in one query. A busy server answering many reads of kept answers at once asks the database
 * once per turn instead of once per request: over PostgreSQL each query is a round trip and
 * about as much client CPU as the rest of a cached read. The query is sent once the turn's
 * requests have all been read from their sockets, so every one of them sees what was
 * committed before it arrived.
 *
 * One batch is read at a time. Reads asked for while a batch's query is out wait for it to
 * come back and then go together in the next query, which is sent after they arrived, so they
 * still see every commit before them. Under load a query then serves every request that came
 * in during the last round trip, rather than the few of one turn.
 *
 * @example
 * const stamp = await stampReaderOf(db).read(id); // undefined: no such postmortem
 */
export class StampReader {
  readonly #db: Kysely<Database>;
  readonly #queries = new Map<number, CompiledQuery<StampRow>>();
  #waiting = new Map<string, Waiter[]>();
  #scheduled = false;
  /** Whether a batch's queries are out; the next batch waits for them. */
  #reading = false;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** The stamp of postmortem `id`, or undefined when there is no such postmortem. */
  read(id: string): Promise<Stamp | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.#waiting.get(id);
      if (waiters === undefined) this.#waiting.set(id, [{ resolve, reject }]);
      else waiters.push({ resolve, reject });
      this.#schedule();
    });
  }

  /** Sends the waiting reads after this turn's, unless a batch is out (it sends them then). */
  #schedule(): void {
    if (this.#scheduled || this.#reading || this.#waiting.size === 0) return;
    this.#scheduled = true;
    setImmediate(this.#flush);
  }

  readonly #flush = (): void => {
    this.#scheduled = false;
    const batch = this.#waiting;
    this.#waiting = new Map();
    const ids = [...batch.keys()];
    const parts: Promise<void>[] = [];
    for (let start = 0; start < ids.length; start += LARGEST)
      parts.push(this.#readPart(ids.slice(start, start + LARGEST), batch));
    this.#reading = true;
    // #readPart settles its waiters and never rejects.
    void Promise.all(parts).then(() => {
      this.#reading = false;
      this.#schedule();
    });
  };

  async #readPart(ids: readonly string[], batch: ReadonlyMap<string, Waiter[]>): Promise<void> {
    const size = BATCH_SIZES.find((n) => n >= ids.length) ?? LARGEST;
    const last = ids[ids.length - 1] as string;
    const parameters = [...ids, ...Array<string>(size - ids.length).fill(last)];
    let rows: readonly StampRow[];
    try {
      rows = (await this.#db.executeQuery<StampRow>({ ...this.#query(size), parameters })).rows;
    } catch (error) {
      for (const id of ids) for (const waiter of batch.get(id) ?? []) waiter.reject(error);
      return;
    }
    const found = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids) {
      const row = found.get(id);
      const stamp = row && { revision: Number(row.revision), deletedAt: row.deleted_at };
      for (const waiter of batch.get(id) ?? []) waiter.resolve(stamp);
    }
  }

  #query(size: number): CompiledQuery<StampRow> {
    let query = this.#queries.get(size);
    if (query === undefined) {
      // A named statement on PostgreSQL: the same few texts are asked thousands of times a
      // second under load, and parsing and planning each was half the backend's work.
      query = prepared(
        this.#db
          .selectFrom('postmortems')
          .select(['id', 'revision', 'deleted_at'])
          .where('id', 'in', Array<string>(size).fill(''))
          .compile() as CompiledQuery<StampRow>,
      );
      this.#queries.set(size, query);
    }
    return query;
  }
}

const readers = new WeakMap<Kysely<Database>, StampReader>();

/** The stamp reader of a database handle's Kysely instance. */
export function stampReaderOf(db: Kysely<Database>): StampReader {
  let reader = readers.get(db);
  if (reader === undefined) readers.set(db, (reader = new StampReader(db)));
  return reader;
}
