import type { Kysely } from 'kysely';
import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import { NotFoundError } from '../storage/errors.js';
import { isUuid } from '../storage/uuid.js';
import { AccountError } from './account-error.js';
import { IssueList, nameKey, teamNameProblem } from './account-input.js';
import type { ResolvedAccountOptions } from './account-options.js';
import { invalidateSignedIn } from './signed-in-cache.js';
import type { ActorOptions } from './user-store.js';

/** A team and the usernames of its members. */
export interface Team {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly members: string[];
}

/**
 * Teams and memberships. A team's name is what postmortems list in `teams`; members of a
 * team named by a restricted postmortem may see it.
 */
export class TeamStore {
  readonly #handle: DatabaseHandle;
  readonly #db: Kysely<Database>;
  readonly #options: ResolvedAccountOptions;

  constructor(handle: DatabaseHandle, options: ResolvedAccountOptions) {
    this.#handle = handle;
    this.#db = handle.db;
    this.#options = options;
  }

  /** Creates a team; `team_taken` when the name is used, whatever its case. */
  async create(name: string, options: ActorOptions): Promise<Team> {
    const issues = new IssueList();
    issues.add('name', teamNameProblem(name));
    issues.throwIfAny();
    const id = this.#options.newId();
    const now = this.#options.now().toISOString();
    try {
      await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
        await trx
          .insertInto('teams')
          .values({ id, name, name_key: nameKey(name), created_at: now })
          .execute();
        await recordAudit(trx, {
          at: now,
          actor: options.actor,
          action: 'team.create',
          postmortemId: null,
          revision: null,
          details: { teamId: id, name },
        });
      });
    } catch (error) {
      if (this.#handle.adapter.isUniqueViolation(error, 'teams', 'name_key'))
        throw new AccountError('team_taken', `the team "${name}" exists already`, [
          { path: 'name', message: 'is taken' },
        ]);
      throw error;
    }
    return { id, name, createdAt: now, members: [] };
  }

  /** Every team with its members, by name. */
  async list(): Promise<Team[]> {
    const teams = await this.#db
      .selectFrom('teams')
      .select(['id', 'name', 'created_at'])
      .orderBy('name_key')
      .execute();
    const members = await this.#db
      .selectFrom('team_members')
      .innerJoin('users', 'users.id', 'team_members.user_id')
      .select(['team_members.team_id', 'users.username'])
      .orderBy('users.username_key')
      .execute();
    return teams.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.created_at,
      members: members.filter((m) => m.team_id === t.id).map((m) => m.username),
    }));
  }

  /** The team with this id; `not_found` otherwise. */
  async get(id: string): Promise<Team> {
    const team = (await this.list()).find((t) => isUuid(id) && t.id === id.toLowerCase());
    if (team === undefined) throw new NotFoundError(`team "${id}"`);
    return team;
  }

  /** Names of the teams a user belongs to, as postmortems name them. */
  async namesOf(userId: string): Promise<string[]> {
    if (!isUuid(userId)) return [];
    const rows = await this.#db
      .selectFrom('team_members')
      .innerJoin('teams', 'teams.id', 'team_members.team_id')
      .select('teams.name')
      .where('team_members.user_id', '=', userId.toLowerCase())
      .orderBy('teams.name_key')
      .execute();
    return rows.map((r) => r.name);
  }

  /** Adds a user to a team; adding a member again changes nothing. */
  async addMember(teamId: string, userId: string, options: ActorOptions): Promise<Team> {
    const team = await this.get(teamId);
    const user = await this.#user(userId);
    if (team.members.includes(user.username)) return team;
    const now = this.#options.now().toISOString();
    try {
      await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
        await trx
          .insertInto('team_members')
          .values({ team_id: team.id, user_id: user.id, added_at: now })
          .execute();
        await recordAudit(trx, {
          at: now,
          actor: options.actor,
          action: 'team.add-member',
          postmortemId: null,
          revision: null,
          details: { teamId: team.id, team: team.name, userId: user.id, username: user.username },
        });
      });
    } catch (error) {
      // Added meanwhile by someone else: the outcome asked for is there.
      if (!isPrimaryKeyClash(error)) throw error;
    }
    // A viewer's teams decide which restricted postmortems they see.
    invalidateSignedIn(this.#handle);
    return this.get(team.id);
  }

  /** Removes a user from a team; `not_found` when they are not a member. */
  async removeMember(teamId: string, userId: string, options: ActorOptions): Promise<Team> {
    const team = await this.get(teamId);
    const user = await this.#user(userId);
    const now = this.#options.now().toISOString();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      const result = await trx
        .deleteFrom('team_members')
        .where('team_id', '=', team.id)
        .where('user_id', '=', user.id)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0)
        throw new NotFoundError(`member "${user.username}" of team "${team.name}"`);
      await recordAudit(trx, {
        at: now,
        actor: options.actor,
        action: 'team.remove-member',
        postmortemId: null,
        revision: null,
        details: { teamId: team.id, team: team.name, userId: user.id, username: user.username },
      });
    });
    // A viewer's teams decide which restricted postmortems they see.
    invalidateSignedIn(this.#handle);
    return this.get(team.id);
  }

  async #user(id: string): Promise<{ id: string; username: string }> {
    const row = isUuid(id)
      ? await this.#db
          .selectFrom('users')
          .select(['id', 'username'])
          .where('id', '=', id.toLowerCase())
          .executeTakeFirst()
      : undefined;
    if (row === undefined) throw new NotFoundError(`user "${id}"`);
    return row;
  }
}

function isPrimaryKeyClash(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
