import { factorTrendsOfCounts } from '@hindsight/core/metrics';
import type { FactorTrends } from '@hindsight/core/metrics';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import type { ScopeCondition } from './insight-scope.js';

/**
 * Contributing-factor trends (docs/metrics.md) counted by the database: factors and incidents
 * per month and category from the factor rows of migration 0009, and the two totals from the
 * insights rows; core's `factorTrendsOfCounts` then orders them as `factorTrends` does.
 */
export async function factorsOf(
  db: Kysely<Database>,
  scope: ScopeCondition,
): Promise<FactorTrends> {
  const cells = await db
    .selectFrom('postmortem_insight_factors as f')
    .where(scope(sql.ref('f.postmortem_id')))
    .select((eb) => [
      'f.month',
      'f.category',
      eb.fn.sum<number>('f.factors').as('factors'),
      eb.fn.countAll().as('incidents'),
    ])
    .groupBy(['f.month', 'f.category'])
    .execute();
  const totals = await db
    .selectFrom('postmortem_insights as i')
    .where(scope(sql.ref('i.postmortem_id')))
    .select((eb) => [
      eb.fn.sum<number>('i.factors_inferred').as('inferred'),
      eb.fn.sum<number>('i.factors_from_cause').as('fromRootCause'),
    ])
    .executeTakeFirst();
  return factorTrendsOfCounts({
    // PostgreSQL counts and sums integers as bigint, which its driver hands over as text.
    cells: cells.map((c) => ({
      month: c.month,
      category: c.category,
      factors: Number(c.factors),
      incidents: Number(c.incidents),
    })),
    inferred: Number(totals?.inferred ?? 0),
    fromRootCause: Number(totals?.fromRootCause ?? 0),
  });
}
