import type { AccessFields } from './viewer.js';

/** One postmortem's JSON answer, as bytes, with what decides whether it is still current. */
export interface CachedAnswer {
  readonly id: string;
  readonly revision: number;
  /** The UTF-8 bytes of the answer: sent as they are, never encoded again. */
  readonly body: Buffer;
  /** Who the postmortem names, when it is restricted; null when anyone signed in may read it. */
  readonly access: { readonly model: AccessFields; readonly createdBy: string } | null;
  /**
   * The database's change mark (dialect `changes`) when the answer was last known current,
   * taken before the read that showed it; undefined where the dialect has no such mark.
   */
  verifiedAt: number | undefined;
}

/** Bytes counted for an entry besides its body (the key, the record, the Map's slot). */
const ENTRY_OVERHEAD = 256;

/**
 * The answers of recently read postmortems, bounded in bytes; when full, the oldest not read
 * since it was kept go first (see {@link AnswerCache.set}). It decides nothing about
 * freshness: its user makes sure a hit is still current before serving it
 * (read-postmortem-json.ts), so a write by this process, another server or the CLI is never
 * hidden by it. A limit of 0 keeps nothing.
 *
 * @example
 * const cache = new AnswerCache(32 * 1024 * 1024);
 * cache.set(key, answer);
 * cache.get(key); // answer, now marked as read
 */
export class AnswerCache {
  /** In the order kept; an entry read since it was last passed over has `used` set. */
  readonly #entries = new Map<string, Slot>();
  readonly #limit: number;
  #bytes = 0;

  constructor(limitBytes: number) {
    this.#limit = Math.max(0, limitBytes);
  }

  /** Bytes held now, bodies and overhead. */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The answer kept under `key`, now marked as read. */
  get(key: string): CachedAnswer | undefined {
    const slot = this.#entries.get(key);
    if (slot === undefined) return undefined;
    // A flag rather than moving the entry to the end of the Map: a hit is the busiest path
    // of the API, and the move cost a few percent of it. Eviction does the moving instead.
    slot.used = true;
    return slot.answer;
  }

  /**
   * Keeps `answer` under `key`, dropping entries until it fits: the oldest first, except that
   * an entry read since it was kept (or last spared) is spared once more and goes to the end
   * ("second chance", an approximation of least recently used).
   */
  set(key: string, answer: CachedAnswer): void {
    this.delete(key);
    const cost = costOf(answer);
    // One answer may take an eighth of the room at most, so one huge postmortem cannot empty
    // the cache of everything else.
    if (cost > this.#limit / 8) return;
    while (this.#bytes + cost > this.#limit) {
      const oldest = this.#entries.entries().next();
      if (oldest.done === true) break;
      const [oldestKey, slot] = oldest.value;
      this.#entries.delete(oldestKey);
      if (slot.used) {
        slot.used = false;
        this.#entries.set(oldestKey, slot);
      } else this.#bytes -= costOf(slot.answer);
    }
    this.#entries.set(key, { answer, used: false });
    this.#bytes += cost;
  }

  delete(key: string): void {
    const slot = this.#entries.get(key);
    if (slot === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= costOf(slot.answer);
  }
}

interface Slot {
  readonly answer: CachedAnswer;
  used: boolean;
}

function costOf(answer: CachedAnswer): number {
  return answer.body.length + ENTRY_OVERHEAD;
}
