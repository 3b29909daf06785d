import { ROLES } from '@hindsight/server';
import type { Role } from '@hindsight/server';
import type { Outcome } from '../cli-error.js';
import { usageError } from '../cli-error.js';
import type { Io } from '../io.js';
import { withAccounts } from './user-database.js';
import type { DatabaseFlags } from './user-database.js';

export interface TokenCreateOptions extends DatabaseFlags {
  readonly username: string;
  readonly name: string;
  readonly role?: string | undefined;
  /** Whole days, or `never`. Default 90. */
  readonly expiresIn?: string | undefined;
  readonly json?: boolean;
}

/**
 * `hindsight token create`: an API token for a user, for CI and scripts. The secret is printed
 * once (alone on stdout, so `$(hindsight token create …)` captures it); only its hash is kept.
 */
export async function runTokenCreate(options: TokenCreateOptions, io: Io): Promise<Outcome> {
  const role = options.role === undefined ? undefined : checkRole(options.role);
  const expiresInDays = expiryFrom(options.expiresIn);
  const created = await withAccounts(options, io, async (accounts) => {
    const owner = await accounts.users.findByUsername(options.username);
    if (owner === undefined) throw usageError(`No account is named ${options.username}.`);
    return accounts.tokens.create(
      owner,
      { name: options.name, role, expiresInDays },
      { actor: 'system' },
    );
  });
  if (options.json) {
    io.stdout.write(`${JSON.stringify(created, null, 2)}\n`);
    return 'ok';
  }
  io.stdout.write(`${created.secret}\n`);
  const expires =
    created.token.expiresAt === null ? 'never expires' : `expires ${created.token.expiresAt}`;
  io.stderr.write(
    `Token "${created.token.name}" for ${created.token.username} (${created.token.role}, ${expires}). ` +
      'Keep the secret above now: it is not shown again.\n',
  );
  return 'ok';
}

function checkRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value))
    throw usageError(`Unknown role "${value}": use one of ${ROLES.join(', ')}.`);
  return value as Role;
}

function expiryFrom(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'never') return null;
  if (!/^\d{1,4}$/.test(value))
    throw usageError(`--expires-in takes a number of days or "never", not "${value}".`);
  return Number(value);
}
