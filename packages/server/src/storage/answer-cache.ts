import type { AccessFields } from './viewer.js';

/** One postmortem's JSON answer, as bytes, with what decides whether it is still current. */
export interface CachedAnswer {
  readonly id: string;
  readonly revision: number;
  /** The UTF-8 bytes of the answer: sent as they are, never encoded again. */
  readonly body: Buffer;
  /** Who the postmortem names, when it is restricted; null when anyone signed in may read it. */
  readonly access: { readonly model: AccessFields; readonly createdBy: string } | null;
}

/** Bytes counted for an entry besides its body (the key, the record, the Map's slot). */
const ENTRY_OVERHEAD = 256;

/**
 * The answers of the most recently read postmortems, bounded in bytes; the least recently
 * read go first. It decides nothing about freshness: its user checks each hit against the
 * database's current revision before serving it (read-postmortem-json.ts), so a write by
 * this process, another server or the CLI is never hidden by it. A limit of 0 keeps nothing.
 *
 * @example
 * const cache = new AnswerCache(32 * 1024 * 1024);
 * cache.set(key, answer);
 * cache.get(key); // answer, now the most recently used
 */
export class AnswerCache {
  readonly #entries = new Map<string, CachedAnswer>();
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

  /** The answer kept under `key`, which becomes the most recently used. */
  get(key: string): CachedAnswer | undefined {
    const answer = this.#entries.get(key);
    if (answer !== undefined) {
      // Re-inserted so that the Map's order is the order of last use.
      this.#entries.delete(key);
      this.#entries.set(key, answer);
    }
    return answer;
  }

  /** Keeps `answer` under `key`, dropping the least recently used until it fits. */
  set(key: string, answer: CachedAnswer): void {
    this.delete(key);
    const cost = costOf(answer);
    // One answer may take an eighth of the room at most, so one huge postmortem cannot empty
    // the cache of everything else.
    if (cost > this.#limit / 8) return;
    while (this.#bytes + cost > this.#limit) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.delete(oldest.value);
    }
    this.#entries.set(key, answer);
    this.#bytes += cost;
  }

  delete(key: string): void {
    const answer = this.#entries.get(key);
    if (answer === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= costOf(answer);
  }
}

function costOf(answer: CachedAnswer): number {
  return answer.body.length + ENTRY_OVERHEAD;
}
