import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';

/**
 * 0011: on PostgreSQL, an index of the live postmortems by `(created_at, id)`. Search first
 * looks for its window among the newest few thousand live postmortems (docs/search.md,
 * "Ranking"), and finds where they start by counting back along this index alone, without
 * visiting the rows to check `deleted_at`: under a millisecond, where the full
 * `created_at` index took tens of milliseconds at 100,000 postmortems. SQLite orders its
 * search window by the FTS rowid, so it needs no such index.
 */
export function searchWindowIndex(adapter: DialectAdapter): Migration {
  const postgres = adapter.capabilities.fullTextSearch === 'tsvector';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (!postgres) return;
      await db.schema
        .createIndex('postmortems_live_created_at_idx')
        .ifNotExists()
        .on('postmortems')
        .columns(['created_at', 'id'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute();
      await sql`analyze postmortems`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (!postgres) return;
      await db.schema.dropIndex('postmortems_live_created_at_idx').ifExists().execute();
    },
  };
}
