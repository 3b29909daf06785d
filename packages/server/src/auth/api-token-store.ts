import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable } from '../storage/account-tables.js';
import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import { NotFoundError } from '../storage/errors.js';
import { isUuid } from '../storage/uuid.js';
import { ROLES } from '../storage/viewer.js';
import type { Role } from '../storage/viewer.js';
import { IssueList, roleProblem } from './account-input.js';
import type { ResolvedAccountOptions } from './account-options.js';
import { newSecret, sha256Hex } from './secret-token.js';
import { invalidateSignedIn } from './signed-in-cache.js';
import { toUser } from './user.js';
import type { User } from './user.js';
import type { ActorOptions } from './user-store.js';

/** Every API token starts with this, so that people and secret scanners recognise one. */
export const TOKEN_PREFIX = 'hs_';
/** Characters of a token kept (and shown) to tell tokens apart: `hs_` and 8 more. */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 8;
const MAX_DAYS = 3650;
const DAY = 86_400_000;

/** An API token as listed: never its secret. */
export interface ApiToken {
  readonly id: string;
  readonly userId: string;
  readonly username: string;
  readonly name: string;
  /** The first characters of the secret (`hs_AbCd1234`). */
  readonly prefix: string;
  /** The most the token may do; the owner's current role caps it further. */
  readonly role: Role;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** What creating a token asks for. */
export interface NewApiToken {
  readonly name: string;
  /** Default: the owner's role. Must not be above it. */
  readonly role?: Role | undefined;
  /** Days until it expires, 1 to 3650; null for never. Default 90. */
  readonly expiresInDays?: number | null | undefined;
}

/** A token that a request presented, with its owner and the role it acts with. */
export interface ActiveApiToken {
  readonly token: ApiToken;
  readonly user: User;
  /** The lower of the token's role and the owner's current role. */
  readonly role: Role;
}

/**
 * API tokens for scripts and CI. The secret is shown once, at creation; the database keeps its
 * SHA-256 and a short prefix. A token works while it is unexpired, unrevoked and its owner is
 * not disabled, and never with more than its owner's current role.
 */
export class ApiTokenStore {
  readonly #handle: DatabaseHandle;
  readonly #db: Kysely<Database>;
  readonly #options: ResolvedAccountOptions;

  constructor(handle: DatabaseHandle, options: ResolvedAccountOptions) {
    this.#handle = handle;
    this.#db = handle.db;
    this.#options = options;
  }

  /** Creates a token for `owner`; returns it with its secret, which is not kept. */
  async create(
    owner: User,
    input: NewApiToken,
    options: ActorOptions,
  ): Promise<{ token: ApiToken; secret: string }> {
    const issues = new IssueList();
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name === '' || name.length > 100) issues.add('name', 'expected 1 to 100 characters');
    const role = input.role ?? owner.role;
    issues.add('role', roleProblem(role));
    if (roleProblem(role) === undefined && ROLES.indexOf(role) < ROLES.indexOf(owner.role))
      issues.add('role', `must not be above the owner's role (${owner.role})`);
    const days = input.expiresInDays === undefined ? 90 : input.expiresInDays;
    if (days !== null && (!Number.isSafeInteger(days) || days < 1 || days > MAX_DAYS))
      issues.add('expiresInDays', `expected a whole number of days from 1 to ${MAX_DAYS}, or null`);
    issues.throwIfAny();
    const secret = newSecret(TOKEN_PREFIX);
    const now = this.#options.now();
    const row: Selectable<ApiTokensTable> = {
      id: this.#options.newId(),
      user_id: owner.id,
      name,
      token_hash: sha256Hex(secret),
      prefix: secret.slice(0, SHOWN_LENGTH),
      role,
      created_at: now.toISOString(),
      expires_at: days === null ? null : new Date(now.getTime() + days * DAY).toISOString(),
      last_used_at: null,
      revoked_at: null,
      revoked_by: null,
    };
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      await trx.insertInto('api_tokens').values(row).execute();
      await recordAudit(trx, {
        at: row.created_at,
        actor: options.actor,
        action: 'token.create',
        postmortemId: null,
        revision: null,
        details: { tokenId: row.id, name, prefix: row.prefix, username: owner.username, role },
      });
    });
    return { token: toApiToken({ ...row, username: owner.username }), secret };
  }

  /** Tokens of one user, or of everyone, newest first, revoked ones included. */
  async list(filter: { userId?: string | undefined } = {}): Promise<ApiToken[]> {
    if (filter.userId !== undefined && !isUuid(filter.userId)) return [];
    let query = this.#db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('api_tokens')
      .select('users.username');
    if (filter.userId !== undefined)
      query = query.where('api_tokens.user_id', '=', filter.userId.toLowerCase());
    const rows = await query
      .orderBy('api_tokens.created_at', 'desc')
      .orderBy('api_tokens.id', 'desc')
      .execute();
    return rows.map(toApiToken);
  }

  /** The token with this id; `not_found` otherwise. */
  async get(id: string): Promise<ApiToken> {
    const row = isUuid(id)
      ? await this.#db
          .selectFrom('api_tokens')
          .innerJoin('users', 'users.id', 'api_tokens.user_id')
          .selectAll('api_tokens')
          .select('users.username')
          .where('api_tokens.id', '=', id.toLowerCase())
          .executeTakeFirst()
      : undefined;
    if (row === undefined) throw new NotFoundError(`token "${id}"`);
    return toApiToken(row);
  }

  /** Revokes a token at once; revoking a revoked token changes nothing. */
  async revoke(id: string, options: ActorOptions): Promise<ApiToken> {
    const token = await this.get(id);
    if (token.revokedAt !== null) return token;
    const now = this.#options.now().toISOString();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      await trx
        .updateTable('api_tokens')
        .set({ revoked_at: now, revoked_by: options.actor })
        .where('id', '=', token.id)
        .where('revoked_at', 'is', null)
        .execute();
      await recordAudit(trx, {
        at: now,
        actor: options.actor,
        action: 'token.revoke',
        postmortemId: null,
        revision: null,
        details: { tokenId: token.id, name: token.name, username: token.username },
      });
    });
    invalidateSignedIn(this.#handle);
    return this.get(token.id);
  }

  /**
   * The live token of this secret with its owner, or undefined when there is none, it is
   * expired or revoked, or its owner is disabled.
   */
  async resolve(secret: string): Promise<ActiveApiToken | undefined> {
    if (typeof secret !== 'string' || !secret.startsWith(TOKEN_PREFIX) || secret.length > 200)
      return undefined;
    const row = await this.#db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('api_tokens')
      .select([
        'users.username',
        'users.display_name',
        'users.email',
        'users.role as user_role',
        'users.disabled_at',
        'users.created_at as user_created_at',
        'users.updated_at as user_updated_at',
      ])
      .where('api_tokens.token_hash', '=', sha256Hex(secret))
      .executeTakeFirst();
    if (row === undefined || row.revoked_at !== null || row.disabled_at !== null) return undefined;
    const now = this.#options.now();
    if (row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime()) return undefined;
    // Written at most once a minute: a busy CI job should not turn every read into a write.
    if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) >= 60_000)
      await this.#db
        .updateTable('api_tokens')
        .set({ last_used_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute();
    const user = toUser({
      id: row.user_id,
      username: row.username,
      display_name: row.display_name,
      email: row.email,
      role: row.user_role,
      disabled_at: row.disabled_at,
      created_at: row.user_created_at,
      updated_at: row.user_updated_at,
    });
    const token = toApiToken(row);
    const role = ROLES[Math.max(ROLES.indexOf(token.role), ROLES.indexOf(user.role))] ?? 'viewer';
    return { token, user, role };
  }
}

function toApiToken(row: Selectable<ApiTokensTable> & { username: string }): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
