import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import type { Role } from '../storage/viewer.js';

/** A user as the workflow needs to know them: to check that a named reviewer may review. */
export interface KnownUser {
  readonly username: string;
  readonly role: Role;
}

/** Finds an active user by name (case-insensitive), or undefined. */
export type UserLookup = (name: string) => Promise<KnownUser | undefined>;

/** The lookup over the `users` table of migration 0003_accounts; disabled accounts are not found. */
export function usersTableLookup(db: Kysely<Database>): UserLookup {
  return async (name) => {
    const row = await db
      .selectFrom('users')
      .select(['username', 'role'])
      .where('username_key', '=', name.trim().toLowerCase())
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    return row;
  };
}
