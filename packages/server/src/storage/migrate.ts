import { Migrator } from 'kysely';
import type { Migration, MigrationProvider, MigrationResult } from 'kysely';
import type { DatabaseHandle } from './create-database.js';
import { migrations } from './migrations/index.js';

/** The migration run: names of the migrations applied now (empty when already up to date). */
export interface MigrateResult {
  readonly applied: string[];
}

/**
 * Brings the schema up to date with the migrations in code. Safe to run at every start, and
 * on PostgreSQL from several server processes at once (Kysely takes an advisory lock); a
 * SQLite file has one server process. Each migration runs in a transaction, so a failed one
 * leaves the schema as it was.
 *
 * @example
 * const { applied } = await migrate(handle); // ['0001_initial_schema'] the first time
 */
export async function migrate(handle: DatabaseHandle): Promise<MigrateResult> {
  const provider: MigrationProvider = {
    getMigrations: (): Promise<Record<string, Migration>> =>
      Promise.resolve(migrations(handle.adapter)),
  };
  const migrator = new Migrator({
    db: handle.db,
    provider,
    // Without a schema, Kysely looks for its tables in every schema of the database.
    ...(handle.adapter.schema === undefined ? {} : { migrationTableSchema: handle.adapter.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new Error(
      `database migration ${failed?.migrationName ?? ''} failed: ${String(
        error instanceof Error ? error.message : error,
      )}`,
      { cause: error },
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
