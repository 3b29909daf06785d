import type { Selectable } from 'kysely';
import type { UsersTable } from '../storage/account-tables.js';
import type { Role } from '../storage/viewer.js';

/** A local account as the rest of the server sees it: never with its password hash. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string | null;
  readonly email: string | null;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The columns {@link toUser} reads: everything but the password hash. */
export const USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.email',
  'users.role',
  'users.disabled_at',
  'users.created_at',
  'users.updated_at',
] as const;

export type UserRow = Pick<
  Selectable<UsersTable>,
  | 'id'
  | 'username'
  | 'display_name'
  | 'email'
  | 'role'
  | 'disabled_at'
  | 'created_at'
  | 'updated_at'
>;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
