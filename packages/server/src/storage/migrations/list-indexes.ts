import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

/** The filters a list is most often narrowed by, and the orders the library shows first. */
const FILTERS = ['status', 'severity'] as const;
const ORDERS = ['updated_at', 'date_key'] as const;

/**
 * 0010: indexes for the live lists filtered on one status or one severity, newest first or by
 * incident date: `(filter, sort key, id) WHERE deleted_at IS NULL`. A page is then a walk of
 * the index that stops after `limit` rows, where the planner used to fetch every match (tens
 * of thousands of wide rows at 100,000 postmortems, about a second) and sort them. Partial, so
 * the trash adds nothing to them; both dialects use them for `deleted_at IS NULL AND status IN
 * (one value)`. Then the table's statistics are refreshed, so that the planner knows the new
 * indexes at once (without them SQLite walked `deleted_at` and sorted everything).
 */
export function listIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const filter of FILTERS)
        for (const order of ORDERS)
          await db.schema
            .createIndex(`postmortems_live_${filter}_${order}_idx`)
            .on('postmortems')
            .columns([filter, order, 'id'])
            .where(sql.ref('deleted_at'), 'is', null)
            .execute();
      await sql`analyze postmortems`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const filter of FILTERS)
        for (const order of ORDERS)
          await db.schema.dropIndex(`postmortems_live_${filter}_${order}_idx`).execute();
    },
  };
}
