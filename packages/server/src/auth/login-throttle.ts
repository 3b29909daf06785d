import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import { nameKey } from './account-input.js';
import type { ResolvedAccountOptions } from './account-options.js';

/**
 * Rate limiting of sign-ins, counted in the database so that every server process behind a
 * load balancer sees the same counts. Failures are counted per username (guessing one
 * account's password) and per client address (trying many accounts) over a sliding window.
 */
export class LoginThrottle {
  readonly #db: Kysely<Database>;
  readonly #options: ResolvedAccountOptions;

  constructor(handle: DatabaseHandle, options: ResolvedAccountOptions) {
    this.#db = handle.db;
    this.#options = options;
  }

  /**
   * Seconds until a sign-in as `username` from `ip` may be tried again, or undefined when it
   * may be tried now. Asked before the password is checked, so a locked-out guesser learns
   * nothing from further tries.
   */
  async retryAfter(username: string, ip: string): Promise<number | undefined> {
    const now = this.#options.now().getTime();
    const since = new Date(now - this.#options.loginWindowMs).toISOString();
    const limits = [
      {
        column: 'username_key',
        value: nameKey(username),
        max: this.#options.maxFailuresPerUsername,
      },
      { column: 'ip', value: ip, max: this.#options.maxFailuresPerIp },
    ] as const;
    let wait = 0;
    for (const limit of limits) {
      // Cleared rows have an empty username: they count for their address only.
      if (limit.value === '') continue;
      // The window's failures newest first: the max-th newest is the one whose ageing out
      // brings the count back under the limit.
      const rows = await this.#db
        .selectFrom('login_attempts')
        .select('at')
        .where(limit.column, '=', limit.value)
        .where('at', '>', since)
        .orderBy('at', 'desc')
        .limit(limit.max)
        .execute();
      const oldest = rows[limit.max - 1];
      if (oldest !== undefined) {
        const freeAt = Date.parse(oldest.at) + this.#options.loginWindowMs;
        wait = Math.max(wait, Math.ceil((freeAt - now) / 1000));
      }
    }
    return wait > 0 ? wait : undefined;
  }

  /** Counts a failed sign-in; also forgets failures older than the window. */
  async recordFailure(username: string, ip: string): Promise<void> {
    const now = this.#options.now();
    await this.#db
      .insertInto('login_attempts')
      .values({ at: now.toISOString(), username_key: nameKey(username).slice(0, 200), ip })
      .execute();
    const cutoff = new Date(now.getTime() - this.#options.loginWindowMs).toISOString();
    await this.#db.deleteFrom('login_attempts').where('at', '<=', cutoff).execute();
  }

  /**
   * Forgets the failures of a username after it signed in. Those of the address stay: an
   * attacker with one valid account must not be able to reset the count of their address.
   */
  async clearUsername(username: string): Promise<void> {
    // The rows stay, unattached to the username, so that they still count for the address.
    await this.#db
      .updateTable('login_attempts')
      .set({ username_key: '' })
      .where('username_key', '=', nameKey(username))
      .execute();
  }
}
