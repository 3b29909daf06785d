import { resolve } from 'node:path';
import {
  ConfigError,
  StorageError,
  createDatabase,
  databaseConfig,
  loadServerConfig,
  migrate,
} from '@hindsight/server';
import type { DatabaseConfig, DatabaseHandle } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';

/** Where import and export find the database: the same flags and variables as `serve`. */
export interface TransferDatabaseFlags {
  /** `--data-dir`, else HINDSIGHT_DATA_DIR, else ./data (the SQLite file's folder). */
  readonly dataDir?: string | undefined;
  /** `--database-url`, else DATABASE_URL: `postgres://…` for PostgreSQL. */
  readonly databaseUrl?: string | undefined;
  /** Test seam: open exactly this database instead. */
  readonly database?: DatabaseConfig | undefined;
}

/**
 * Opens the server's database (migrating it, as `serve` does at start), runs `fn` on it and
 * closes it. A bad variable or flag becomes a one-line usage error.
 */
export async function withTransferDatabase<T>(
  flags: TransferDatabaseFlags,
  io: Io,
  fn: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = createDatabase(flags.database ?? configFrom(flags, io));
  try {
    await migrate(handle);
    return await fn(handle);
  } catch (error) {
    if (error instanceof StorageError) throw new CliError('invalid_input', error.message);
    throw error;
  } finally {
    await handle.close();
  }
}

function configFrom(flags: TransferDatabaseFlags, io: Io): DatabaseConfig {
  try {
    const config = loadServerConfig(io.env, {
      dataDir: flags.dataDir,
      databaseUrl: flags.databaseUrl,
    });
    return databaseConfig({ url: config.databaseUrl, dataDir: resolve(io.cwd, config.dataDir) });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StorageError)
      throw new CliError('usage', error.message);
    throw error;
  }
}
