import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';
import { deriveInsightsRow } from '../insights-row.js';
import { deriveColumns } from '../derive-columns.js';
import type { Database } from '../database.js';

/** Rows read per batch while back-filling: keeps memory flat on a large database. */
const BATCH = 500;

/**
 * 0006: the `postmortem_insights` table, filled for the postmortems stored before it, and
 * the metric columns of `postmortems` recomputed with core's metric definitions (they used to
 * measure time to respond from impact start). Unlike the schema, the back-fill uses today's
 * core: the rows are derived data, and the point is that they agree with core.
 */
export function insightsSchema(adapter: DialectAdapter): Migration {
  const { id, json, float } = adapter.columns;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let table = db.schema
        .createTable('postmortem_insights')
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.primaryKey().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('day', 'text');
      for (const metric of METRIC_COLUMNS) {
        table = table
          .addColumn(metric, float.type, float.modify)
          .addColumn(`${metric}_gap`, 'text');
      }
      await table
        .addColumn('metrics', json.type, (c) => json.modify(c.notNull()))
        .addColumn('factors', json.type, (c) => json.modify(c.notNull()))
        .addColumn('cause', 'text')
        .addColumn('similarity_terms', 'text', (c) => c.notNull())
        .execute();

      const trx = db as Kysely<Database>;
      let after: string | undefined;
      for (;;) {
        let query = trx.selectFrom('postmortems').select(['id', 'model']);
        if (after !== undefined) query = query.where('id', '>', after);
        const rows = await query.orderBy('id').limit(BATCH).execute();
        if (rows.length === 0) break;
        for (const row of rows) {
          const model = adapter.decodeJson(row.model) as Parameters<typeof deriveColumns>[0];
          const { duration_minutes, minutes_to_detect, minutes_to_respond, minutes_to_mitigate } =
            deriveColumns(model);
          await trx
            .updateTable('postmortems')
            .set({ duration_minutes, minutes_to_detect, minutes_to_respond, minutes_to_mitigate })
            .where('id', '=', row.id)
            .execute();
          await trx
            .insertInto('postmortem_insights')
            .values({ postmortem_id: row.id, ...deriveInsightsRow(model) })
            .execute();
        }
        after = rows[rows.length - 1]?.id;
      }
    },
  };
}

const METRIC_COLUMNS = [
  'time_to_detect',
  'time_to_respond',
  'time_to_mitigate',
  'time_to_resolve',
  'duration',
] as const;
