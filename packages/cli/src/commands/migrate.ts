import {
  ConfigError,
  createDatabase,
  databaseConfig,
  loadServerConfig,
  migrate,
} from '@hindsight/server';
import type { ServerFlags } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import type { Io } from '../io.js';

export interface MigrateOptions extends Pick<ServerFlags, 'dataDir' | 'databaseUrl'> {
  json?: boolean;
}

/**
 * `hindsight migrate`: brings the database's schema up to date (as `serve` does at start)
 * and says which migrations ran. Safe to run again: an up-to-date database is left alone.
 */
export async function runMigrate(options: MigrateOptions, io: Io): Promise<Outcome> {
  let config;
  try {
    config = loadServerConfig(io.env, {
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError('usage', error.message);
    throw error;
  }
  let dbConfig;
  try {
    dbConfig = databaseConfig({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    throw new CliError('usage', error instanceof Error ? error.message : String(error));
  }
  const handle = createDatabase(dbConfig);
  let applied: string[];
  try {
    ({ applied } = await migrate(handle));
  } catch (error) {
    throw new CliError(
      'invalid_input',
      `cannot migrate the database: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await handle.close();
  }
  const where = dbConfig.dialect === 'sqlite' ? dbConfig.file : 'PostgreSQL';
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify({ database: dbConfig.dialect, applied })}\n`);
  } else if (applied.length === 0) {
    io.stdout.write(`The database (${where}) is up to date.\n`);
  } else {
    io.stdout.write(
      `Applied ${applied.length === 1 ? '1 migration' : `${applied.length} migrations`} to ${where}:\n${applied.map((m) => `  ${m}\n`).join('')}`,
    );
  }
  return 'ok';
}
