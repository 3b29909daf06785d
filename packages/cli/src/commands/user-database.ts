import { AccountError, AccountStore, ConfigError, StorageError } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';
import { withServerDatabase } from './server-database.js';
import type { DatabaseFlags } from './server-database.js';

export type { DatabaseFlags } from './server-database.js';

/**
 * Opens the database the server uses (migrating it, as `serve` does at start), runs `fn`
 * with an account store over it, and closes it. Errors the user can fix (a bad variable, a
 * taken username, a weak password) become one-line CLI errors naming the field.
 */
export async function withAccounts<T>(
  flags: DatabaseFlags,
  io: Io,
  fn: (accounts: AccountStore) => Promise<T>,
): Promise<T> {
  return withServerDatabase(flags, io, (handle) => fn(new AccountStore(handle)), {
    config: asCliError,
    run: asCliError,
  });
}

/** A server error the user can act on, as a CLI error; anything else unchanged. */
function asCliError(error: unknown): unknown {
  if (
    error instanceof AccountError ||
    error instanceof StorageError ||
    error instanceof ConfigError
  ) {
    const issues = (error as { issues?: readonly { path: string; message: string }[] }).issues;
    const message =
      issues !== undefined && issues.length > 0
        ? issues.map((i) => `${i.path}: ${i.message}`).join('; ')
        : error.message;
    return new CliError(error instanceof ConfigError ? 'usage' : 'invalid_input', message);
  }
  return error;
}
