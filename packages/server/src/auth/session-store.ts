import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import type { ResolvedAccountOptions } from './account-options.js';
import { newSecret, sha256Hex } from './secret-token.js';
import { invalidateSignedIn } from './signed-in-cache.js';
import { USER_COLUMNS, toUser } from './user.js';
import type { User } from './user.js';

/** What a new session gives the browser: the cookie's token and the CSRF token. */
export interface NewSession {
  /** The secret for the `hindsight_session` cookie; only its SHA-256 is stored. */
  readonly token: string;
  /** What unsafe requests of this session must send in `X-CSRF-Token`. */
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** A live session and its account. */
export interface ActiveSession {
  readonly user: User;
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** `last_seen_at` is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The CSRF token of a session: derived from the session's secret, so nothing more is stored
 * and every server process computes the same one. Knowing it gives nothing: SHA-256 cannot
 * be reversed to the session token, and the session token is in an httpOnly cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`hindsight-csrf:${sessionToken}`).digest('base64url');
}

/**
 * Browser sessions in the database, so that any server process behind a load balancer
 * accepts any session. A session ends at its absolute expiry, after the idle timeout, at
 * sign-out, or as soon as its account is disabled.
 */
export class SessionStore {
  readonly #handle: DatabaseHandle;
  readonly #db: Kysely<Database>;
  readonly #options: ResolvedAccountOptions;

  constructor(handle: DatabaseHandle, options: ResolvedAccountOptions) {
    this.#handle = handle;
    this.#db = handle.db;
    this.#options = options;
  }

  /** Starts a session for `userId`; also sweeps sessions that have expired. */
  async create(
    userId: string,
    client: { userAgent?: string | undefined; ip?: string | undefined } = {},
  ): Promise<NewSession> {
    const token = newSecret();
    const now = this.#options.now();
    const expiresAt = new Date(now.getTime() + this.#options.sessionTtlMs).toISOString();
    await this.#db
      .insertInto('sessions')
      .values({
        token_hash: sha256Hex(token),
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        last_seen_at: now.toISOString(),
        user_agent: client.userAgent?.slice(0, 300) ?? null,
        ip: client.ip?.slice(0, 100) ?? null,
      })
      .execute();
    await this.#sweep(now);
    return { token, csrfToken: csrfTokenFor(token), expiresAt };
  }

  /**
   * The live session of this cookie token with its account, or undefined when there is none,
   * it has expired or idled out, or its account is disabled.
   */
  async resolve(token: string): Promise<ActiveSession | undefined> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
    const tokenHash = sha256Hex(token);
    const row = await this.#db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([...USER_COLUMNS, 'sessions.expires_at', 'sessions.last_seen_at'])
      .where('sessions.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (row === undefined || row.disabled_at !== null) return undefined;
    const now = this.#options.now();
    const lastSeen = Date.parse(row.last_seen_at);
    if (Date.parse(row.expires_at) <= now.getTime()) return undefined;
    if (lastSeen + this.#options.sessionIdleMs <= now.getTime()) return undefined;
    if (now.getTime() - lastSeen >= TOUCH_EVERY_MS)
      await this.#db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .execute();
    return {
      user: toUser(row),
      tokenHash,
      csrfToken: csrfTokenFor(token),
      expiresAt: row.expires_at,
    };
  }

  /** Ends the session of this cookie token (signing out); a no-op when there is none. */
  async revoke(token: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(token)).execute();
    invalidateSignedIn(this.#handle);
  }

  /** Ends every session of an account. */
  async revokeAll(userId: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    invalidateSignedIn(this.#handle);
  }

  async #sweep(now: Date): Promise<void> {
    const idleCutoff = new Date(now.getTime() - this.#options.sessionIdleMs).toISOString();
    await this.#db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleCutoff)]),
      )
      .execute();
  }
}
