import { resolve } from 'node:path';
import {
  AccountError,
  AccountStore,
  ConfigError,
  StorageError,
  createDatabase,
  databaseConfig,
  loadServerConfig,
  migrate,
} from '@hindsight/server';
import type { DatabaseConfig } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';

/** Where the account commands find the database: the same flags and variables as `serve`. */
export interface DatabaseFlags {
  /** `--data-dir`, else HINDSIGHT_DATA_DIR, else ./data (the SQLite file's folder). */
  readonly dataDir?: string | undefined;
  /** `--database-url`, else DATABASE_URL: `postgres://…` for PostgreSQL. */
  readonly databaseUrl?: string | undefined;
  /** Test seam: open exactly this database instead. */
  readonly database?: DatabaseConfig | undefined;
}

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
  const handle = createDatabase(flags.database ?? configFrom(flags, io));
  try {
    await migrate(handle);
    return await fn(new AccountStore(handle));
  } catch (error) {
    throw asCliError(error);
  } finally {
    await handle.close();
  }
}

function configFrom(flags: DatabaseFlags, io: Io): DatabaseConfig {
  try {
    const config = loadServerConfig(io.env, {
      dataDir: flags.dataDir,
      databaseUrl: flags.databaseUrl,
    });
    return databaseConfig({
      url: config.databaseUrl,
      dataDir: resolve(io.cwd, config.dataDir),
    });
  } catch (error) {
    throw asCliError(error);
  }
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
