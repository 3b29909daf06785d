import type { Generated } from 'kysely';
import type { Timestamp } from './database.js';
import type { Role } from './viewer.js';

/**
 * Local accounts (migration 0003_accounts). `username_key` is the username lower-cased: the
 * unique key, so that `Ada` and `ada` cannot both exist, while `username` keeps the spelling
 * the user chose.
 */
export interface UsersTable {
  id: string;
  username: string;
  username_key: string;
  display_name: string | null;
  email: string | null;
  role: Role;
  /** An argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`). */
  password_hash: string;
  /** Set while the account is disabled: it can neither sign in nor use its sessions or tokens. */
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Teams, named like the `teams` of postmortems; `name_key` is the lower-cased unique key. */
export interface TeamsTable {
  id: string;
  name: string;
  name_key: string;
  created_at: Timestamp;
}

/** Who belongs to which team. */
export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  added_at: Timestamp;
}

/** Browser sessions. Only a SHA-256 of the cookie's token is kept, never the token itself. */
export interface SessionsTable {
  /** Hex SHA-256 of the session token. */
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  /** The absolute end of the session, however active it is. */
  expires_at: Timestamp;
  /** Refreshed at most once a minute; the idle timeout counts from it. */
  last_seen_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

/** API tokens for scripts and CI (`Authorization: Bearer hs_…`). */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** Hex SHA-256 of the whole token. */
  token_hash: string;
  /** The first characters of the token, shown in lists so a user can tell tokens apart. */
  prefix: string;
  /** The most the token may do; the owner's current role caps it further. */
  role: Role;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

/** Failed sign-ins, counted per username and per client address for rate limiting. */
export interface LoginAttemptsTable {
  id: Generated<number>;
  at: Timestamp;
  username_key: string;
  ip: string;
}

/**
 * One row per one-time step of the instance: `first_admin` is inserted in the same
 * transaction as the first administrator, so two concurrent setups cannot both succeed.
 */
export interface InstanceStepsTable {
  step: string;
  done_at: Timestamp;
}
