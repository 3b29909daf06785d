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
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(handle);
    } catch (error) {
      if (attempt >= 5 || !anotherSchemaVanished(error, handle.adapter.schema)) throw error;
    }
  }
}

/**
 * Whether a migration run failed only because another schema of the same PostgreSQL database
 * was dropped while Kysely looked at it. The migrator lists tables through the introspector,
 * which reads every schema of the database (it calls `pg_get_serial_sequence` on each table),
 * so a schema dropped meanwhile (test suites, or another application sharing the database)
 * fails the read with `schema "…" does not exist` (3F000), naming that schema. Nothing was
 * written then, so running again is safe.
 */
export function anotherSchemaVanished(error: unknown, ours: string | undefined): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  if ((cause as { code?: unknown } | undefined)?.code !== '3F000') return false;
  const named = /schema "([^"]+)" does not exist/.exec(String((cause as Error).message))?.[1];
  return named !== undefined && named !== ours;
}

async function migrateOnce(handle: DatabaseHandle): Promise<MigrateResult> {
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
