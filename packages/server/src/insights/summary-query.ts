import { METRIC_NAMES, aggregateStatsOf, compareGroups } from '@hindsight/core/metrics';
import type { Aggregate, AggregateGroup, GroupBy } from '@hindsight/core/metrics';
import { sql } from 'kysely';
import type { Expression, Kysely, RawBuilder } from 'kysely';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import { METRIC_COLUMNS } from '../storage/insights-row.js';
import type { Viewer } from '../storage/viewer.js';
import { CountSet, addTo } from './count-set.js';
import { countGroups, countRowsInto, readRows } from './grouped-counts.js';
import type { CheckedInsightFilters } from './insight-options.js';
import { insightScope } from './insight-scope.js';
import type { ScopeCondition } from './insight-scope.js';

/**
 * The summary of docs/metrics.md ("Aggregates") over the rows a viewer may see, counted by the
 * database, and core's `aggregateStatsOf` for the statistics, so that the figures are those
 * of `aggregateRecords`. The whole set is counted by grouped queries that each read an
 * index in its order (cells, each metric's values, the label rows), run together; the few
 * rows a viewer may not see are read once and taken away ({@link countRowsInto}): the same
 * seven queries with their ids had cost as much again on PostgreSQL. Groups are counted in one
 * read of the set's insights rows ({@link countGroups}).
 */
export async function summaryOf(
  handle: DatabaseHandle,
  viewer: Viewer,
  filters: CheckedInsightFilters,
  groupBy: GroupBy | undefined,
): Promise<Aggregate> {
  const scope = await insightScope(handle.db, viewer, filters);
  if (groupBy === undefined) {
    const whole = new CountSet();
    const [, dropped] = await Promise.all([
      countWhole(handle.db, scope.kept, whole),
      scope.dropped && readRows(handle, scope.dropped),
    ]);
    if (dropped) countRowsInto(dropped, whole, -1);
    return aggregateStatsOf(whole.counts());
  }
  const { whole, groups } = await countGroups(handle, scope, groupBy);
  const out: AggregateGroup[] = [];
  // A group whose every member was left out is no group.
  for (const [key, set] of groups)
    if (set.count !== 0) out.push({ key, ...aggregateStatsOf(set.counts()) });
  return { ...aggregateStatsOf(whole.counts()), groupBy, groups: out.sort(compareGroups(groupBy)) };
}

/**
 * The counts of a whole set: few rows come back, since each query groups in the order of an
 * index (severity and month cells; each metric's values; label names).
 */
async function countWhole(
  db: Kysely<Database>,
  scope: ScopeCondition,
  set: CountSet,
): Promise<void> {
  const metricColumns = METRIC_NAMES.map((name) => [name, METRIC_COLUMNS[name]] as const);
  const insights = () =>
    db.selectFrom('postmortem_insights as i').where(scope(sql.ref('i.postmortem_id')));

  // Started together: PostgreSQL runs them on several connections, and so on several cores
  // (SQLite's one connection takes them in turn). Counted in a fixed order below.
  const cellsRead = insights()
    .select((eb) => [
      'i.severity',
      'i.month',
      eb.fn.countAll().as('n'),
      ...metricColumns.flatMap(([, column]) => [
        eb.fn.count(`i.${column}`).as(`${column}_n`),
        countWhere(sql.ref(`i.${column}_gap`), 'negative').as(`${column}_negative`),
        countWhere(sql.ref(`i.${column}_gap`), 'incomparable').as(`${column}_incomparable`),
      ]),
    ])
    .groupBy(['i.severity', 'i.month'])
    .execute();
  // Each metric's values grouped by value, in the order of the metric's index: a column of
  // minutes written to the minute holds far fewer distinct values than postmortems, and the
  // counts rebuild the sorted column exactly.
  const valuesRead = metricColumns.map(([, column]) =>
    insights()
      .where(`i.${column}`, 'is not', null)
      .select((eb) => [`i.${column} as value`, eb.fn.countAll().as('n')])
      .groupBy(`i.${column}`)
      .execute(),
  );
  // Services and teams are counted from the label rows, which hold each name once per
  // postmortem, as core counts them.
  const labelsRead = db
    .selectFrom('postmortem_labels as l')
    .where('l.kind', 'in', ['service', 'team'])
    .where(scope(sql.ref('l.postmortem_id')))
    .select((eb) => ['l.kind', 'l.value', eb.fn.countAll().as('n')])
    .groupBy(['l.kind', 'l.value'])
    .execute();
  const [cells, values, labels] = await Promise.all([
    cellsRead,
    Promise.all(valuesRead),
    labelsRead,
  ]);

  for (const row of cells) {
    const fields = row as unknown as Record<string, unknown>;
    const count = Number(row.n);
    set.addCell(row.month, row.severity, count);
    for (const [name, column] of metricColumns) {
      const negative = Number(fields[`${column}_negative`]);
      const incomparable = Number(fields[`${column}_incomparable`]);
      const missing = set.missing[name];
      missing.negative += negative;
      missing.incomparable += incomparable;
      // A null value without a stated gap is missing input, as core reads it.
      missing['missing-input'] += count - Number(fields[`${column}_n`]) - negative - incomparable;
    }
  }
  metricColumns.forEach(([name], m) => {
    for (const row of values[m] ?? []) set.addValue(name, Number(row.value), Number(row.n));
  });
  for (const row of labels)
    addTo(row.kind === 'service' ? set.services : set.teams, row.value, Number(row.n));
}

/** How many rows have `value` in `column`, as a number on both dialects. */
function countWhere(column: Expression<unknown>, value: string): RawBuilder<number> {
  return sql<number>`sum(case when ${column} = ${sql.lit(value)} then 1 else 0 end)`;
}
