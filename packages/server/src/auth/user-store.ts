import type { Kysely } from 'kysely';
import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import { NotFoundError } from '../storage/errors.js';
import { isUuid } from '../storage/uuid.js';
import { AccountError } from './account-error.js';
import { IssueList, nameKey, newPasswordProblem } from './account-input.js';
import type { ResolvedAccountOptions } from './account-options.js';
import { assertAnAdminLeft } from './last-admin.js';
import { hashPassword, verifyNothing, verifyPassword } from './password.js';
import { invalidateSignedIn } from './signed-in-cache.js';
import { USER_COLUMNS, toUser } from './user.js';
import type { User } from './user.js';
import { checkNewUser, checkUserChanges } from './user-input.js';
import type { CheckedNewUser, NewUser, UserChanges } from './user-input.js';

/** Who makes a change: recorded in the audit log. */
export interface ActorOptions {
  readonly actor: string;
}

const FIRST_ADMIN_STEP = 'first_admin';

/**
 * Local accounts. Passwords are hashed with argon2id before any transaction starts (hashing
 * is slow on purpose, and must not hold a write lock); every change is audited in the same
 * transaction that makes it.
 */
export class UserStore {
  readonly #handle: DatabaseHandle;
  readonly #db: Kysely<Database>;
  readonly #options: ResolvedAccountOptions;

  constructor(handle: DatabaseHandle, options: ResolvedAccountOptions) {
    this.#handle = handle;
    this.#db = handle.db;
    this.#options = options;
  }

  /** How many accounts exist (disabled ones included). */
  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Whether the instance still needs its first administrator. */
  async needsSetup(): Promise<boolean> {
    return (await this.count()) === 0;
  }

  /**
   * Creates an account. `invalid_input` names the fields at fault; `username_taken` when the
   * name is used, whatever its case.
   */
  async create(input: NewUser, options: ActorOptions): Promise<User> {
    const checked = checkNewUser(input);
    const hash = await hashPassword(checked.password);
    return this.#insert(checked, hash, options.actor, 'user.create');
  }

  /**
   * Creates the first administrator, only while there is no account at all. Two concurrent
   * calls (or two server processes) cannot both succeed: the one-time step row is inserted
   * in the same transaction, under a unique key. The loser gets `setup_done`.
   */
  async setupFirstAdmin(input: Omit<NewUser, 'role'>): Promise<User> {
    const checked = checkNewUser({ ...input, role: 'admin' });
    if (!(await this.needsSetup())) throw setupDone();
    const hash = await hashPassword(checked.password);
    return this.#insert(checked, hash, checked.username, 'setup.first-admin', async (trx) => {
      try {
        await trx
          .insertInto('instance_steps')
          .values({ step: FIRST_ADMIN_STEP, done_at: this.#timestamp() })
          .execute();
      } catch (error) {
        if (this.#handle.adapter.isUniqueViolation(error, 'instance_steps', 'step'))
          throw setupDone();
        throw error;
      }
      const row = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      // Accounts made another way (`hindsight user create`) also end the setup.
      if (Number(row.n) > 0) throw setupDone();
    });
  }

  /** The account with this id; `not_found` otherwise. */
  async get(id: string): Promise<User> {
    const found = isUuid(id)
      ? await this.#db
          .selectFrom('users')
          .select(USER_COLUMNS)
          .where('id', '=', id.toLowerCase())
          .executeTakeFirst()
      : undefined;
    if (found === undefined) throw new NotFoundError(`user "${id}"`);
    return toUser(found);
  }

  /** The account with this username, in any case; undefined when there is none. */
  async findByUsername(username: string): Promise<User | undefined> {
    const row = await this.#db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('username_key', '=', nameKey(username))
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  /** Every account, by username. */
  async list(): Promise<User[]> {
    const rows = await this.#db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .orderBy('username_key')
      .execute();
    return rows.map(toUser);
  }

  /**
   * The account these credentials open, or undefined: unknown username, wrong password and
   * disabled account all look alike, and take about the same time.
   */
  async authenticate(username: string, password: string): Promise<User | undefined> {
    const row =
      typeof username === 'string' && username.length <= 64
        ? await this.#db
            .selectFrom('users')
            .select([...USER_COLUMNS, 'users.password_hash'])
            .where('username_key', '=', nameKey(username))
            .executeTakeFirst()
        : undefined;
    if (row === undefined || typeof password !== 'string' || password.length > 1024) {
      await verifyNothing(typeof password === 'string' ? password.slice(0, 1024) : '');
      return undefined;
    }
    const ok = await verifyPassword(row.password_hash, password);
    return ok && row.disabled_at === null ? toUser(row) : undefined;
  }

  /**
   * Changes an account's role, status or names. Disabling an account also ends its sessions;
   * its API tokens stop working because every request checks the owner. `last_admin` when the
   * change would leave no active administrator.
   */
  async update(id: string, changes: UserChanges, options: ActorOptions): Promise<User> {
    checkUserChanges(changes);
    const current = await this.get(id);
    const now = this.#timestamp();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      const disabledAt =
        changes.disabled === undefined
          ? undefined
          : changes.disabled
            ? current.disabled
              ? undefined
              : now
            : null;
      await trx
        .updateTable('users')
        .set({
          updated_at: now,
          ...(changes.role === undefined ? {} : { role: changes.role }),
          ...(disabledAt === undefined ? {} : { disabled_at: disabledAt }),
          ...(changes.displayName === undefined
            ? {}
            : { display_name: changes.displayName?.trim() ?? null }),
          ...(changes.email === undefined ? {} : { email: changes.email }),
        })
        .where('id', '=', current.id)
        .execute();
      if (changes.disabled === true)
        await trx.deleteFrom('sessions').where('user_id', '=', current.id).execute();
      const losesAdmin =
        current.role === 'admin' &&
        ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);
      if (losesAdmin) await assertAnAdminLeft(trx);
      await recordAudit(trx, {
        at: now,
        actor: options.actor,
        action: 'user.update',
        postmortemId: null,
        revision: null,
        details: { userId: current.id, username: current.username, changes: { ...changes } },
      });
    });
    // A role, a name or the disabled flag changes what the user's sessions and tokens may do.
    invalidateSignedIn(this.#handle);
    return this.get(current.id);
  }

  /**
   * Sets a new password and ends every session of the account (except `keepSessionHash`,
   * the session that made the change). `invalid_input` on `password` when it breaks the rules.
   */
  async setPassword(
    id: string,
    password: string,
    options: ActorOptions & { keepSessionHash?: string | undefined },
  ): Promise<void> {
    const user = await this.get(id);
    const issues = new IssueList();
    issues.add('password', newPasswordProblem(password, user.username));
    issues.throwIfAny();
    const hash = await hashPassword(password);
    const now = this.#timestamp();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, updated_at: now })
        .where('id', '=', user.id)
        .execute();
      let sessions = trx.deleteFrom('sessions').where('user_id', '=', user.id);
      if (options.keepSessionHash !== undefined)
        sessions = sessions.where('token_hash', '<>', options.keepSessionHash);
      await sessions.execute();
      await recordAudit(trx, {
        at: now,
        actor: options.actor,
        action: 'user.password',
        postmortemId: null,
        revision: null,
        details: { userId: user.id, username: user.username },
      });
    });
    invalidateSignedIn(this.#handle);
  }

  /** Whether `password` is the account's current password (for "change my password"). */
  async checkPassword(id: string, password: string): Promise<boolean> {
    const row = isUuid(id)
      ? await this.#db
          .selectFrom('users')
          .select('password_hash')
          .where('id', '=', id.toLowerCase())
          .executeTakeFirst()
      : undefined;
    if (row === undefined) return false;
    return verifyPassword(row.password_hash, password);
  }

  async #insert(
    user: CheckedNewUser,
    passwordHash: string,
    actor: string,
    action: 'user.create' | 'setup.first-admin',
    before?: (trx: Kysely<Database>) => Promise<void>,
  ): Promise<User> {
    const id = this.#options.newId();
    const now = this.#timestamp();
    try {
      await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
        if (before !== undefined) await before(trx);
        await trx
          .insertInto('users')
          .values({
            id,
            username: user.username,
            username_key: nameKey(user.username),
            display_name: user.displayName,
            email: user.email,
            role: user.role,
            password_hash: passwordHash,
            disabled_at: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await recordAudit(trx, {
          at: now,
          actor,
          action,
          postmortemId: null,
          revision: null,
          details: { userId: id, username: user.username, role: user.role },
        });
      });
    } catch (error) {
      if (this.#handle.adapter.isUniqueViolation(error, 'users', 'username_key'))
        throw new AccountError('username_taken', `the username "${user.username}" is taken`, [
          { path: 'username', message: 'is taken' },
        ]);
      throw error;
    }
    return this.get(id);
  }

  #timestamp(): string {
    return this.#options.now().toISOString();
  }
}

function setupDone(): AccountError {
  return new AccountError('setup_done', 'setup is done: an account exists already');
}
