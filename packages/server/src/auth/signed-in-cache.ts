import type { DatabaseHandle } from '../storage/create-database.js';

/**
 * How long a resolved session or API token is trusted without asking the database again.
 * A change made by another process (another server behind the load balancer, or the CLI on
 * the same SQLite file) reaches this one within this bound; a change made through this
 * process's stores reaches it at once. docs/auth.md states the bound.
 */
export const SIGNED_IN_TTL_MS = 5_000;

/** Entries kept at most, so that a flood of distinct secrets cannot grow the memory. */
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  readonly value: T;
  readonly until: number;
  readonly generation: number;
}

/** The account generation of one database, shared by every store over the same handle. */
const generations = new WeakMap<DatabaseHandle, { value: number }>();

function generationOf(handle: DatabaseHandle): { value: number } {
  let generation = generations.get(handle);
  if (generation === undefined) {
    generation = { value: 0 };
    generations.set(handle, generation);
  }
  return generation;
}

/**
 * Marks every cached sign-in over `handle` as stale: the account stores call it after any
 * write that can take access away or change what a viewer sees (revoking a token, ending a
 * session, disabling a user, changing a role, a name or a team membership). Writes are rare,
 * so dropping everything is simpler than finding the entries one change touches, and as cheap.
 */
export function invalidateSignedIn(handle: DatabaseHandle): void {
  generationOf(handle).value++;
}

/**
 * Resolved sign-ins (a session or an API token with its viewer) by the SHA-256 of their
 * secret, never the secret itself. An entry lives {@link SIGNED_IN_TTL_MS} at most, never past
 * the expiry of its session or token, and dies with any {@link invalidateSignedIn} on its
 * database. Only successful resolutions are kept: a bad secret is looked up every time.
 *
 * @example
 * const cache = new SignedInCache<Resolved>(handle, () => Date.now());
 * const hit = cache.get(hash) ?? cache.remember(hash, await resolve(), expiresAtMs);
 */
export class SignedInCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #generation: { value: number };
  readonly #now: () => number;

  constructor(handle: DatabaseHandle, now: () => number) {
    this.#generation = generationOf(handle);
    this.#now = now;
  }

  /** The generation a resolution started in: pass it to {@link set}. */
  get generation(): number {
    return this.#generation.value;
  }

  /** The live entry of `key`, if there is one. */
  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.generation !== this.#generation.value || entry.until <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /**
   * Keeps `value` until `expiresAt` (ms since the epoch) or the TTL, whichever comes first,
   * unless an invalidation happened since `generation` was read: a resolution that raced a
   * revocation must not bring the revoked sign-in back.
   */
  set(key: string, value: T, generation: number, expiresAt = Number.POSITIVE_INFINITY): void {
    if (generation !== this.#generation.value) return;
    if (this.#entries.size >= MAX_ENTRIES) this.#evict();
    this.#entries.delete(key);
    const until = Math.min(this.#now() + SIGNED_IN_TTL_MS, expiresAt);
    this.#entries.set(key, { value, until, generation });
  }

  /** Drops dead entries, and the oldest half when all are live (a Map keeps insertion order). */
  #evict(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries)
      if (entry.generation !== this.#generation.value || entry.until <= now)
        this.#entries.delete(key);
    let excess = this.#entries.size - MAX_ENTRIES / 2;
    for (const key of this.#entries.keys()) {
      if (excess-- <= 0) break;
      this.#entries.delete(key);
    }
  }
}
