import type { IncidentFactors } from '@hindsight/core/metrics';
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';
import type { Database } from '../database.js';
import { factorRows } from '../insights-row.js';
import { METRIC_COLUMNS } from './insights-schema.js';

/** Rows read per batch while back-filling: keeps memory flat on a large database. */
const BATCH = 1000;

/**
 * 0009: what lets the database count the insights aggregates itself (docs/metrics.md, "From
 * the database"):
 * - contributing-factor categories as rows (`postmortem_insight_factors`, one per postmortem
 *   and category, with its month) and two counters on `postmortem_insights`, so that factor
 *   trends are a `GROUP BY` instead of a JSON document decoded per postmortem;
 * - the month (`YYYY-MM` of the day) as a column;
 * - an index covering every column a summary counts of `postmortem_insights`, severity and
 *   month first, and one per metric, so that the cells and each metric's values are grouped
 *   in an index's order;
 * - a partial index of the restricted postmortems, the few an access check looks at one by one.
 * Back-filled from the stored `day` and `factors` columns, which 0006 derived with core.
 */
export function insightAggregates(adapter: DialectAdapter): Migration {
  const { id } = adapter.columns;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('postmortem_insight_factors')
        .addColumn('postmortem_id', id.type, (c) =>
          id.modify(c.notNull().references('postmortems.id').onDelete('cascade')),
        )
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('factors', 'integer', (c) => c.notNull())
        .addColumn('month', 'text')
        .addPrimaryKeyConstraint('postmortem_insight_factors_pkey', ['postmortem_id', 'category'])
        .execute();
      await db.schema.alterTable('postmortem_insights').addColumn('month', 'text').execute();
      await db.schema
        .alterTable('postmortem_insights')
        .addColumn('factors_inferred', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('postmortem_insights')
        .addColumn('factors_from_cause', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Severity and month first: the cells of a summary are then grouped in index order.
      await db.schema
        .createIndex('postmortem_insights_aggregate_idx')
        .on('postmortem_insights')
        .columns([
          'severity',
          'month',
          ...METRIC_COLUMNS.flatMap((c) => [c, `${c}_gap`]),
          'factors_inferred',
          'factors_from_cause',
          'postmortem_id',
        ])
        .execute();
      // One per metric: its values are read grouped by value, in the index's order.
      for (const column of METRIC_COLUMNS)
        await db.schema
          .createIndex(`postmortem_insights_${column}_idx`)
          .on('postmortem_insights')
          .columns([column, 'postmortem_id'])
          .execute();
      await db.schema
        .createIndex('postmortems_restricted_idx')
        .on('postmortems')
        .column('id')
        .where(sql.ref('visibility'), '=', sql.lit('restricted'))
        .execute();

      const trx = db as Kysely<Database>;
      // core's monthOf: the first seven characters of the day.
      await trx
        .updateTable('postmortem_insights')
        .set({ month: sql<string | null>`substr(day, 1, 7)` })
        .execute();
      let after: string | undefined;
      for (;;) {
        let query = trx
          .selectFrom('postmortem_insights')
          .select(['postmortem_id', 'month', 'factors']);
        if (after !== undefined) query = query.where('postmortem_id', '>', after);
        const rows = await query.orderBy('postmortem_id').limit(BATCH).execute();
        if (rows.length === 0) break;
        // Postmortems with the same two counters are updated together: few statements a batch.
        const byCounters = new Map<string, string[]>();
        const categories = [];
        for (const row of rows) {
          const factors = adapter.decodeJson(row.factors) as IncidentFactors;
          const { counters, rows: perCategory } = factorRows(factors);
          const key = `${counters.factors_inferred}/${counters.factors_from_cause}`;
          const ids = byCounters.get(key);
          if (ids) ids.push(row.postmortem_id);
          else byCounters.set(key, [row.postmortem_id]);
          for (const f of perCategory)
            categories.push({ postmortem_id: row.postmortem_id, month: row.month, ...f });
        }
        for (const [key, ids] of byCounters) {
          const [inferred, fromCause] = key.split('/').map(Number);
          if (inferred === 0 && fromCause === 0) continue;
          await trx
            .updateTable('postmortem_insights')
            .set({ factors_inferred: inferred ?? 0, factors_from_cause: fromCause ?? 0 })
            .where('postmortem_id', 'in', ids)
            .execute();
        }
        // Four bound values a row: well under both databases' limits.
        for (let k = 0; k < categories.length; k += BATCH)
          await trx
            .insertInto('postmortem_insight_factors')
            .values(categories.slice(k, k + BATCH))
            .execute();
        after = rows[rows.length - 1]?.postmortem_id;
      }
      // Statistics for the new indexes now, not at the next start: without them SQLite's
      // planner walks a metric's index for a whole summary (seconds instead of milliseconds).
      for (const table of ['postmortem_insights', 'postmortem_insight_factors', 'postmortems'])
        await sql`analyze ${sql.table(table)}`.execute(db);
    },
  };
}
