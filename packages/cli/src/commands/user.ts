import { ROLES } from '@hindsight/server';
import type { Role, User } from '@hindsight/server';
import type { Outcome } from '../cli-error.js';
import { usageError } from '../cli-error.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';
import { withAccounts } from './user-database.js';
import type { DatabaseFlags } from './user-database.js';
import { readNewPassword } from './user-password.js';

export interface UserCreateOptions extends DatabaseFlags {
  readonly username: string;
  readonly admin?: boolean;
  readonly role?: string | undefined;
  readonly displayName?: string | undefined;
  readonly email?: string | undefined;
  readonly passwordStdin?: boolean;
  readonly json?: boolean;
}

/**
 * `hindsight user create`: an account in the server's database, made by whoever can open the
 * database (so also the first administrator, or a new one when every admin is locked out).
 */
export async function runUserCreate(options: UserCreateOptions, io: Io): Promise<Outcome> {
  const role = roleFrom(options);
  const password = await readNewPassword(io, options.passwordStdin === true);
  const user = await withAccounts(options, io, (accounts) =>
    accounts.users.create(
      {
        username: options.username,
        password,
        role,
        displayName: options.displayName,
        email: options.email,
      },
      { actor: 'system' },
    ),
  );
  if (options.json) io.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
  else io.stdout.write(`Created ${user.role} ${paintFor(io).bold(user.username)}.\n`);
  return 'ok';
}

export interface UserListOptions extends DatabaseFlags {
  readonly json?: boolean;
}

/** `hindsight user list`: every account with its role and status. */
export async function runUserList(options: UserListOptions, io: Io): Promise<Outcome> {
  const users = await withAccounts(options, io, (accounts) => accounts.users.list());
  if (options.json) {
    io.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
    return 'ok';
  }
  if (users.length === 0) {
    io.stdout.write(
      'No accounts yet. Create the first with: hindsight user create <name> --admin\n',
    );
    return 'ok';
  }
  io.stdout.write(`${formatUsers(users, io)}\n`);
  return 'ok';
}

export interface UserSetRoleOptions extends DatabaseFlags {
  readonly username: string;
  readonly role: string;
  readonly json?: boolean;
}

/** `hindsight user set-role`: changes an account's role (refused for the last admin). */
export async function runUserSetRole(options: UserSetRoleOptions, io: Io): Promise<Outcome> {
  const role = checkRole(options.role);
  const user = await withAccounts(options, io, async (accounts) => {
    const found = await accounts.users.findByUsername(options.username);
    if (found === undefined) throw usageError(`No account is named ${options.username}.`);
    return accounts.users.update(found.id, { role }, { actor: 'system' });
  });
  if (options.json) io.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
  else io.stdout.write(`${user.username} is now ${user.role}.\n`);
  return 'ok';
}

function roleFrom(options: UserCreateOptions): Role {
  if (options.admin === true && options.role !== undefined && options.role !== 'admin')
    throw usageError('Give --admin or --role, not both.');
  if (options.admin === true) return 'admin';
  return checkRole(options.role ?? 'viewer');
}

function checkRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value))
    throw usageError(`Unknown role "${value}": use one of ${ROLES.join(', ')}.`);
  return value as Role;
}

function formatUsers(users: readonly User[], io: Io): string {
  const paint = paintFor(io);
  const width = Math.max(8, ...users.map((u) => u.username.length));
  const header = paint.dim(`${'USERNAME'.padEnd(width)}  ROLE      STATUS    NAME`);
  const rows = users.map((u) =>
    `${u.username.padEnd(width)}  ${u.role.padEnd(8)}  ${(u.disabled ? 'disabled' : 'active').padEnd(8)}  ${u.displayName ?? ''}`.trimEnd(),
  );
  return [header, ...rows].join('\n');
}
