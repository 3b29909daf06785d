import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDatabase } from './create-database.js';
import type { DatabaseConfig, DatabaseHandle } from './create-database.js';
import { InvalidInputError } from './errors.js';
import { migrate } from './migrate.js';

/** Where the data is: a database URL, else an embedded SQLite file in a data folder. */
export interface OpenDatabaseOptions {
  /** `postgres://…` or `postgresql://…` (usually `DATABASE_URL`); unset or empty for SQLite. */
  readonly url?: string | undefined;
  /** The folder of the SQLite file `hindsight.db`, created when missing. Default `./data`. */
  readonly dataDir?: string | undefined;
}

/** The default data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './data';
/** The SQLite file's name inside the data folder. */
export const SQLITE_FILE_NAME = 'hindsight.db';

/**
 * Chooses the database from the options, opens it and brings its schema up to date, so that
 * the server and the CLI start the same way.
 *
 * @example
 * const handle = await openDatabase({ url: process.env['DATABASE_URL'] });
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const handle = createDatabase(databaseConfig(options));
  try {
    await migrate(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/**
 * The configuration {@link openDatabase} uses; creates the SQLite data folder.
 * Throws `invalid_input` for a URL of another kind.
 */
export function databaseConfig(options: OpenDatabaseOptions): DatabaseConfig {
  const url = options.url?.trim() ?? '';
  if (url === '') {
    const dir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    mkdirSync(dir, { recursive: true });
    return { dialect: 'sqlite', file: join(dir, SQLITE_FILE_NAME) };
  }
  if (/^postgres(?:ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  throw new InvalidInputError([
    {
      path: 'DATABASE_URL',
      // The URL may hold a password: name its scheme only.
      message: `expected a postgres:// URL or none (for SQLite), got a "${url.split(':')[0] ?? ''}:" URL`,
    },
  ]);
}
