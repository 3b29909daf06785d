import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { AuditAction } from '../storage/database.js';
import { newUuid } from '../storage/uuid.js';
import type { Viewer } from '../storage/viewer.js';
import type { AccountOptions, ResolvedAccountOptions } from './account-options.js';
import { resolveAccountOptions } from './account-options.js';
import { ApiTokenStore } from './api-token-store.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionStore } from './session-store.js';
import { TeamStore } from './team-store.js';
import type { User } from './user.js';
import { UserStore } from './user-store.js';
import { viewerFor } from './viewer-for.js';

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

  constructor(handle: DatabaseHandle, options: AccountOptions = {}) {
    this.#handle = handle;
    this.options = resolveAccountOptions(options, newUuid);
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
