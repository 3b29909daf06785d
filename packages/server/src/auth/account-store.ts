import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { AuditAction } from '../storage/database.js';
import { newUuid } from '../storage/uuid.js';
import type { Viewer } from '../storage/viewer.js';
import type { AccountOptions, ResolvedAccountOptions } from './account-options.js';
import { resolveAccountOptions } from './account-options.js';
import { ApiTokenStore } from './api-token-store.js';
import type { ActiveApiToken } from './api-token-store.js';
import { LoginThrottle } from './login-throttle.js';
import { sha256Hex } from './secret-token.js';
import { SessionStore } from './session-store.js';
import type { ActiveSession } from './session-store.js';
import { SignedInCache } from './signed-in-cache.js';
import { TeamStore } from './team-store.js';
import type { User } from './user.js';
import { UserStore } from './user-store.js';
import { viewerFor } from './viewer-for.js';

/** A request's sign-in: how it proved who it is, and the viewer it reads as. */
export type SignedIn =
  | { readonly method: 'token'; readonly apiToken: ActiveApiToken; readonly viewer: Viewer }
  | {
      readonly method: 'session';
      readonly session: ActiveSession;
      readonly token: string;
      readonly viewer: Viewer;
    };

/**
 * Accounts, teams, sessions, API tokens and sign-in rate limiting over one database. All
 * state is in the database, so any number of server processes can share it.
 *
 * @example
 * const accounts = new AccountStore(handle);
 * const ada = await accounts.users.create(
 *   { username: 'ada', password: 'correct horse battery', role: 'editor' },
 *   { actor: 'system' },
 * );
 * const viewer = await accounts.viewerOf(ada);
 */
export class AccountStore {
  readonly users: UserStore;
  readonly teams: TeamStore;
  readonly sessions: SessionStore;
  readonly tokens: ApiTokenStore;
  readonly throttle: LoginThrottle;
  readonly options: ResolvedAccountOptions;
  readonly #handle: DatabaseHandle;
  readonly #signedIn: SignedInCache<SignedIn>;

  constructor(handle: DatabaseHandle, options: AccountOptions = {}) {
    this.#handle = handle;
    this.options = resolveAccountOptions(options, newUuid);
    const now = this.options.now;
    this.#signedIn = new SignedInCache(handle, () => now().getTime());
    this.users = new UserStore(handle, this.options);
    this.teams = new TeamStore(handle, this.options);
    this.sessions = new SessionStore(handle, this.options);
    this.tokens = new ApiTokenStore(handle, this.options);
    this.throttle = new LoginThrottle(handle, this.options);
  }

  /** The viewer of `user`, with their teams read now. */
  async viewerOf(user: User, role = user.role): Promise<Viewer> {
    return viewerFor(user, await this.teams.namesOf(user.id), role);
  }

  /**
   * The sign-in of an API token's secret, or undefined when the token is unknown, expired,
   * revoked or its owner disabled. A success is remembered for a few seconds
   * (signed-in-cache.ts), so that a script's burst of requests costs one look-up, not one
   * per request.
   */
  async signedInByToken(secret: string): Promise<SignedIn | undefined> {
    return this.#remembered(signInKey('token', secret), async () => {
      const apiToken = await this.tokens.resolve(secret);
      if (apiToken === undefined) return undefined;
      const viewer = await this.viewerOf(apiToken.user, apiToken.role);
      const expires = apiToken.token.expiresAt;
      return {
        signedIn: { method: 'token', apiToken, viewer },
        expiresAt: expires === null ? undefined : Date.parse(expires),
      };
    });
  }

  /** The sign-in of a session cookie's token, remembered like {@link signedInByToken}'s. */
  async signedInBySession(token: string): Promise<SignedIn | undefined> {
    return this.#remembered(signInKey('session', token), async () => {
      const session = await this.sessions.resolve(token);
      if (session === undefined) return undefined;
      const viewer = await this.viewerOf(session.user);
      return {
        signedIn: { method: 'session', session, token, viewer },
        expiresAt: Date.parse(session.expiresAt),
      };
    });
  }

  /**
   * The sign-in remembered for an API token's secret or a session token, without asking the
   * database; undefined when none is remembered (then ask {@link signedInByToken} or
   * {@link signedInBySession}). Lets the busiest requests resolve their viewer without a
   * promise.
   */
  rememberedSignIn(method: SignedIn['method'], secret: string): SignedIn | undefined {
    return this.#signedIn.get(signInKey(method, secret));
  }

  async #remembered(
    key: string,
    resolve: () => Promise<{ signedIn: SignedIn; expiresAt: number | undefined } | undefined>,
  ): Promise<SignedIn | undefined> {
    const cached = this.#signedIn.get(key);
    if (cached !== undefined) return cached;
    const generation = this.#signedIn.generation;
    const resolved = await resolve();
    if (resolved === undefined) return undefined;
    this.#signedIn.set(key, resolved.signedIn, generation, resolved.expiresAt);
    return resolved.signedIn;
  }

  /** Records an account event that is not part of a store write (sign-in, sign-out). */
  async audit(action: AuditAction, actor: string, details: Record<string, unknown>): Promise<void> {
    await recordAudit(this.#handle.db, {
      at: this.options.now().toISOString(),
      actor,
      action,
      postmortemId: null,
      revision: null,
      details,
    });
  }
}

/** The sign-in cache's key: the method and the SHA-256 of the secret, never the secret. */
function signInKey(method: SignedIn['method'], secret: string): string {
  return `${method}:${sha256Hex(secret)}`;
}
