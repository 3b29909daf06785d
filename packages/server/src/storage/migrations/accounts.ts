import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';

/**
 * 0003: local accounts, teams and their members, browser sessions, API tokens, failed
 * sign-ins (for rate limiting shared by every server process) and one-time instance steps
 * (the first administrator). Secrets are never stored: sessions and tokens keep a SHA-256 of
 * the secret, users an argon2id hash of the password.
 */
export function accounts(adapter: DialectAdapter): Migration {
  const { id, identity } = adapter.columns;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', id.type, (c) => id.modify(c.primaryKey()))
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('username_key', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text')
        .addColumn('email', 'text')
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('users_username_key_key', ['username_key'])
        .execute();

      await db.schema
        .createTable('teams')
        .addColumn('id', id.type, (c) => id.modify(c.primaryKey()))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('teams_name_key_key', ['name_key'])
        .execute();

      await db.schema
        .createTable('team_members')
        .addColumn('team_id', id.type, (c) =>
          id.modify(c.notNull().references('teams.id').onDelete('cascade')),
        )
        .addColumn('user_id', id.type, (c) =>
          id.modify(c.notNull().references('users.id').onDelete('cascade')),
        )
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('team_members_pkey', ['team_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('team_members_user_idx')
        .on('team_members')
        .columns(['user_id', 'team_id'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', id.type, (c) =>
          id.modify(c.notNull().references('users.id').onDelete('cascade')),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('user_agent', 'text')
        .addColumn('ip', 'text')
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
      await db.schema
        .createIndex('sessions_expires_idx')
        .on('sessions')
        .column('expires_at')
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', id.type, (c) => id.modify(c.primaryKey()))
        .addColumn('user_id', id.type, (c) =>
          id.modify(c.notNull().references('users.id').onDelete('cascade')),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text')
        .addUniqueConstraint('api_tokens_token_hash_key', ['token_hash'])
        .execute();
      await db.schema
        .createIndex('api_tokens_user_idx')
        .on('api_tokens')
        .columns(['user_id', 'created_at'])
        .execute();

      await db.schema
        .createTable('login_attempts')
        .addColumn('id', identity.type, identity.modify)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('username_key', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('login_attempts_username_idx')
        .on('login_attempts')
        .columns(['username_key', 'at'])
        .execute();
      await db.schema
        .createIndex('login_attempts_ip_idx')
        .on('login_attempts')
        .columns(['ip', 'at'])
        .execute();
      await db.schema
        .createIndex('login_attempts_at_idx')
        .on('login_attempts')
        .column('at')
        .execute();

      await db.schema
        .createTable('instance_steps')
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('done_at', 'text', (c) => c.notNull())
        // A unique key rather than a primary key: both dialects report it as a unique violation.
        .addUniqueConstraint('instance_steps_step_key', ['step'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'instance_steps',
        'login_attempts',
        'api_tokens',
        'sessions',
        'team_members',
        'teams',
        'users',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
