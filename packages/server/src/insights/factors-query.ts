import { factorTrendsOfCounts } from '@hindsight/core/metrics';
import type { FactorCell, FactorTrends } from '@hindsight/core/metrics';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import type { CountingScope } from './insight-scope.js';

/**
 * Contributing-factor trends (docs/metrics.md) counted by the database: factors and incidents
 * per month and category from the factor rows of migration 0009, and the two totals from the
 * insights rows (those of `scope.dropped` counted and taken away); core's
 * `factorTrendsOfCounts` then orders them as `factorTrends` does.
 */
export async function factorsOf(db: Kysely<Database>, scope: CountingScope): Promise<FactorTrends> {
  const cells = new Map<string, FactorCell>();
  let inferred = 0;
  let fromRootCause = 0;
  for (const [condition, sign] of [
    [scope.kept, 1],
    [scope.dropped, -1],
  ] as const) {
    if (condition === undefined) continue;
    const rows = await db
      .selectFrom('postmortem_insight_factors as f')
      .where(condition(sql.ref('f.postmortem_id')))
      .select((eb) => [
        'f.month',
        'f.category',
        eb.fn.sum<number>('f.factors').as('factors'),
        eb.fn.countAll().as('incidents'),
      ])
      .groupBy(['f.month', 'f.category'])
      .execute();
    // PostgreSQL counts and sums integers as bigint, which its driver hands over as text.
    for (const row of rows) {
      const key = JSON.stringify([row.month, row.category]);
      const cell = cells.get(key) ?? {
        month: row.month,
        category: row.category,
        factors: 0,
        incidents: 0,
      };
      cell.factors += sign * Number(row.factors);
      cell.incidents += sign * Number(row.incidents);
      cells.set(key, cell);
    }
    const totals = await db
      .selectFrom('postmortem_insights as i')
      .where(condition(sql.ref('i.postmortem_id')))
      .select((eb) => [
        eb.fn.sum<number>('i.factors_inferred').as('inferred'),
        eb.fn.sum<number>('i.factors_from_cause').as('fromRootCause'),
      ])
      .executeTakeFirst();
    inferred += sign * Number(totals?.inferred ?? 0);
    fromRootCause += sign * Number(totals?.fromRootCause ?? 0);
  }
  return factorTrendsOfCounts({
    cells: [...cells.values()].filter((c) => c.incidents !== 0),
    inferred,
    fromRootCause,
  });
}
