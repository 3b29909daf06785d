import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';
import { deriveColumns } from '../derive-columns.js';
import type { Database } from '../database.js';
import { deriveInsightsRows } from '../insights-row.js';

/** Rows read per batch while back-filling: keeps memory flat on a large database. */
const BATCH = 500;

export const METRIC_COLUMNS = [
  'time_to_detect',
  'time_to_respond',
  'time_to_mitigate',
  'time_to_resolve',
  'duration',
] as const;

/**
 * 0006: the insights tables (`postmortem_insights`, narrow, for aggregates;
 * `postmortem_insight_texts`, for causes, similar incidents and per-incident metrics), an
 * index that covers what the access check and the list filters read of `postmortems` (so an
 * aggregate never reads the wide document rows), the tables filled for the postmortems stored
 * before, and the metric columns of `postmortems` recomputed with core's definitions (they
 * measured time to respond from impact start). Unlike the schema, the back-fill uses today's
 * core: these rows are derived data, and the point is that they agree with core.
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
        .addColumn('day', 'text')
        .addColumn('severity', 'text')
        .addColumn('services', json.type, (c) => json.modify(c.notNull()))
        .addColumn('teams', json.type, (c) => json.modify(c.notNull()));
      for (const metric of METRIC_COLUMNS)
        table = table
          .addColumn(metric, float.type, float.modify)
          .addColumn(`${metric}_gap`, 'text');
      await table.addColumn('factors', json.type, (c) => json.modify(c.notNull())).execute();
      await db.schema
        .createTable('postmortem_insight_texts')
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.primaryKey().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('metrics', json.type, (c) => json.modify(c.notNull()))
        .addColumn('cause', 'text')
        .addColumn('similarity_terms', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('postmortems_insight_scope_idx')
        .on('postmortems')
        .columns([
          'deleted_at',
          'id',
          'visibility',
          'created_by',
          'status',
          'severity',
          'date',
          'created_at',
        ])
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
          const { insights, texts } = deriveInsightsRows(model);
          await trx
            .insertInto('postmortem_insights')
            .values({ postmortem_id: row.id, ...insights })
            .execute();
          await trx
            .insertInto('postmortem_insight_texts')
            .values({ postmortem_id: row.id, ...texts })
            .execute();
        }
        after = rows[rows.length - 1]?.id;
      }
    },
  };
}
