import { resolve } from 'node:path';
import { createDatabase, databaseConfig, loadServerConfig, migrate } from '@hindsight/server';
import type { DatabaseConfig, DatabaseHandle } from '@hindsight/server';
import type { Io } from '../io.js';

/** Where the commands that work on the server's database find it: the same as `serve`. */
export interface DatabaseFlags {
  /** `--data-dir`, else HINDSIGHT_DATA_DIR, else ./data (the SQLite file's folder). */
  readonly dataDir?: string | undefined;
  /** `--database-url`, else DATABASE_URL: `postgres://…` for PostgreSQL. */
  readonly databaseUrl?: string | undefined;
  /** Test seam: open exactly this database instead. */
  readonly database?: DatabaseConfig | undefined;
}

/** How a command turns the errors it can explain into CLI errors, before and after opening. */
export interface DatabaseErrorMapping {
  /** A bad flag or variable. */
  readonly config: (error: unknown) => unknown;
  /** An error while the command runs. */
  readonly run: (error: unknown) => unknown;
}

/**
 * Opens the server's database (migrating it, as `serve` does at start), runs `fn` on it and
 * closes it, mapping errors with `errors`.
 */
export async function withServerDatabase<T>(
  flags: DatabaseFlags,
  io: Io,
  fn: (handle: DatabaseHandle) => Promise<T>,
  errors: DatabaseErrorMapping,
): Promise<T> {
  const handle = createDatabase(flags.database ?? configFrom(flags, io, errors.config));
  try {
    await migrate(handle);
    return await fn(handle);
  } catch (error) {
    throw errors.run(error);
  } finally {
    await handle.close();
  }
}

function configFrom(
  flags: DatabaseFlags,
  io: Io,
  mapError: (error: unknown) => unknown,
): DatabaseConfig {
  try {
    const config = loadServerConfig(io.env, {
      dataDir: flags.dataDir,
      databaseUrl: flags.databaseUrl,
    });
    return databaseConfig({ url: config.databaseUrl, dataDir: resolve(io.cwd, config.dataDir) });
  } catch (error) {
    throw mapError(error);
  }
}
