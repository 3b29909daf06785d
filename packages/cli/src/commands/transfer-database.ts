import { ConfigError, StorageError } from '@hindsight/server';
import type { DatabaseHandle } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';
import { withServerDatabase } from './server-database.js';
import type { DatabaseFlags } from './server-database.js';

/** Where import and export find the database: the same flags and variables as `serve`. */
export type TransferDatabaseFlags = DatabaseFlags;

/**
 * Opens the server's database (migrating it, as `serve` does at start), runs `fn` on it and
 * closes it. A bad variable or flag becomes a one-line usage error.
 */
export async function withTransferDatabase<T>(
  flags: TransferDatabaseFlags,
  io: Io,
  fn: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  return withServerDatabase(flags, io, fn, {
    config: (error) =>
      error instanceof ConfigError || error instanceof StorageError
        ? new CliError('usage', error.message)
        : error,
    run: (error) =>
      error instanceof StorageError ? new CliError('invalid_input', error.message) : error,
  });
}
