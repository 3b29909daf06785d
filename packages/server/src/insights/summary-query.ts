import { METRIC_NAMES, aggregateStatsOf, compareGroups, emptyGaps } from '@hindsight/core/metrics';
import type {
  Aggregate,
  AggregateCell,
  AggregateCounts,
  AggregateGroup,
  GroupBy,
  MetricGap,
  MetricName,
  MetricValues,
} from '@hindsight/core/metrics';
import { sql } from 'kysely';
import type { Expression, Kysely, RawBuilder } from 'kysely';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import { METRIC_COLUMNS } from '../storage/insights-row.js';
import type { Viewer } from '../storage/viewer.js';
import type { CheckedInsightFilters } from './insight-options.js';
import { insightScope } from './insight-scope.js';
import type { ScopeCondition } from './insight-scope.js';

/** The group key of a row: null when not grouping, and for rows without a value. */
type Key = string | null;

/**
 * The summary of docs/metrics.md ("Aggregates") over the rows a viewer may see, counted by the
 * database: grouped queries per set (severity and month cells with each metric's coverage
 * and gaps; each metric's distinct values with their counts; services and teams), and core's
 * `aggregateStatsOf` for the statistics, so that the figures are those of `aggregateRecords`.
 * Nothing is read or built per postmortem.
 */
export async function summaryOf(
  handle: DatabaseHandle,
  viewer: Viewer,
  filters: CheckedInsightFilters,
  groupBy: GroupBy | undefined,
): Promise<Aggregate> {
  const scope = await insightScope(handle.db, viewer, filters);
  const count = async (by: GroupBy | undefined): Promise<Map<Key, CountSet>> => {
    const sets = new Map<Key, CountSet>();
    await countSets(handle.db, scope.kept, by, sets, 1);
    if (scope.dropped) await countSets(handle.db, scope.dropped, by, sets, -1);
    // A group whose every member was left out is no group.
    for (const [key, set] of sets) if (set.count === 0) sets.delete(key);
    return sets;
  };
  const grouped = groupBy === undefined ? undefined : await count(groupBy);
  // Severities and months split the set: its totals are the groups' sums, with no second read.
  const partition = groupBy === 'severity' || groupBy === 'month';
  const whole = new CountSet();
  if (grouped !== undefined && partition) for (const set of grouped.values()) whole.add(set, 1);
  else {
    const all = (await count(undefined)).get(null);
    if (all) whole.add(all, 1);
  }
  const stats = aggregateStatsOf(whole.counts());
  if (groupBy === undefined || grouped === undefined) return stats;
  const groups: AggregateGroup[] = [...grouped].map(([key, set]) => ({
    key,
    ...aggregateStatsOf(set.counts()),
  }));
  return { ...stats, groupBy, groups: groups.sort(compareGroups(groupBy)) };
}

/**
 * What is counted of one set of postmortems (the whole, or one group). Counts are added with
 * a sign, so that the rows a viewer may not see can be counted and taken away; what ends at
 * zero is left out, as if never counted.
 */
class CountSet {
  count = 0;
  readonly cells = new Map<string, AggregateCell>();
  readonly missing = {} as Record<MetricName, Record<MetricGap, number>>;
  /** Each metric's distinct values with how many postmortems have each. */
  readonly values = {} as Record<MetricName, Map<number, number>>;
  readonly services = new Map<string, number>();
  readonly teams = new Map<string, number>();

  constructor() {
    for (const name of METRIC_NAMES) {
      this.missing[name] = emptyGaps();
      this.values[name] = new Map();
    }
  }

  addCell(month: string | null, severity: AggregateCell['severity'], count: number): void {
    const key = JSON.stringify([month, severity]);
    const cell = this.cells.get(key);
    if (cell) cell.count += count;
    else this.cells.set(key, { month, severity, count });
    this.count += count;
  }

  add(other: CountSet, sign: 1 | -1): void {
    for (const cell of other.cells.values())
      this.addCell(cell.month, cell.severity, sign * cell.count);
    for (const name of METRIC_NAMES) {
      for (const [gap, n] of Object.entries(other.missing[name]) as [MetricGap, number][])
        this.missing[name][gap] += sign * n;
      for (const [value, n] of other.values[name]) addTo(this.values[name], value, sign * n);
    }
    for (const [name, n] of other.services) addTo(this.services, name, sign * n);
    for (const [name, n] of other.teams) addTo(this.teams, name, sign * n);
  }

  counts(): AggregateCounts {
    const metrics = {} as Record<MetricName, MetricValues>;
    for (const name of METRIC_NAMES)
      metrics[name] = { values: expand(this.values[name]), missing: this.missing[name] };
    return {
      cells: [...this.cells.values()].filter((c) => c.count !== 0),
      metrics,
      services: nonZero(this.services),
      teams: nonZero(this.teams),
    };
  }
}

function addTo<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function nonZero(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].filter(([, n]) => n !== 0);
}

/** Values with their counts, as one column holding each value that many times. */
function expand(counted: ReadonlyMap<number, number>): Float64Array {
  let n = 0;
  for (const count of counted.values()) n += count;
  const out = new Float64Array(n);
  let at = 0;
  for (const [value, count] of counted) {
    out.fill(value, at, at + count);
    at += count;
  }
  return out;
}

/** The counts of the whole set (key null) or of each group, by key. */
async function countSets(
  db: Kysely<Database>,
  scope: ScopeCondition,
  groupBy: GroupBy | undefined,
  sets: Map<Key, CountSet>,
  sign: 1 | -1,
): Promise<void> {
  const setOf = (key: Key): CountSet => {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new CountSet()));
    return set;
  };
  const key = KEYS[groupBy ?? 'none'];
  // GROUP BY a constant is an error in PostgreSQL: the key is grouped on only when there is one.
  const byKey = groupBy === undefined ? [] : [key];
  const metricColumns = METRIC_NAMES.map((name) => [name, METRIC_COLUMNS[name]] as const);
  const insights = () => {
    const query = db
      .selectFrom('postmortem_insights as i')
      .where(scope(sql.ref('i.postmortem_id')));
    return groupBy === 'service' || groupBy === 'team'
      ? query.leftJoin('postmortem_labels as g', (join) =>
          join.onRef('g.postmortem_id', '=', 'i.postmortem_id').on('g.kind', '=', groupBy),
        )
      : query;
  };

  const cells = await insights()
    .select((eb) => [
      key.as('key'),
      'i.severity',
      'i.month',
      eb.fn.countAll().as('n'),
      ...metricColumns.flatMap(([, column]) => [
        eb.fn.count(`i.${column}`).as(`${column}_n`),
        countWhere(sql.ref(`i.${column}_gap`), 'negative').as(`${column}_negative`),
        countWhere(sql.ref(`i.${column}_gap`), 'incomparable').as(`${column}_incomparable`),
      ]),
    ])
    .groupBy([...byKey, 'i.severity', 'i.month'])
    .execute();
  for (const row of cells) {
    const fields = row as unknown as Record<string, unknown>;
    const set = setOf(row.key);
    const count = sign * Number(row.n);
    set.addCell(row.month, row.severity, count);
    for (const [name, column] of metricColumns) {
      const negative = sign * Number(fields[`${column}_negative`]);
      const incomparable = sign * Number(fields[`${column}_incomparable`]);
      const missing = set.missing[name];
      missing.negative += negative;
      missing.incomparable += incomparable;
      // A null value without a stated gap is missing input, as core reads it.
      missing['missing-input'] +=
        count - sign * Number(fields[`${column}_n`]) - negative - incomparable;
    }
  }

  // Each metric's values grouped by value, in the order of the metric's index: a column of
  // whole minutes holds far fewer distinct values than postmortems, and the counts rebuild
  // the sorted column exactly.
  for (const [name, column] of metricColumns) {
    const values = await insights()
      .where(`i.${column}`, 'is not', null)
      .select((eb) => [key.as('key'), `i.${column} as value`, eb.fn.countAll().as('n')])
      .groupBy([...byKey, `i.${column}`])
      .execute();
    for (const row of values)
      addTo(setOf(row.key).values[name], Number(row.value), sign * Number(row.n));
  }

  // Services and teams are counted from the label rows, which hold each name once per
  // postmortem, as core counts them.
  let labelRows = db
    .selectFrom('postmortem_labels as l')
    .where('l.kind', 'in', ['service', 'team'])
    .where(scope(sql.ref('l.postmortem_id')));
  if (groupBy === 'severity' || groupBy === 'month')
    labelRows = labelRows.innerJoin(
      'postmortem_insights as i',
      'i.postmortem_id',
      'l.postmortem_id',
    );
  else if (groupBy !== undefined)
    labelRows = labelRows.leftJoin('postmortem_labels as g', (join) =>
      join.onRef('g.postmortem_id', '=', 'l.postmortem_id').on('g.kind', '=', groupBy),
    );
  const labels = await labelRows
    .select((eb) => [key.as('key'), 'l.kind', 'l.value', eb.fn.countAll().as('n')])
    .groupBy([...byKey, 'l.kind', 'l.value'])
    .execute();
  for (const row of labels) {
    const set = setOf(row.key);
    addTo(row.kind === 'service' ? set.services : set.teams, row.value, sign * Number(row.n));
  }
}

/**
 * Each grouping's key, as SQL over the insights row `i` and, for services and teams, the
 * matching label `g` (joined left, so that postmortems naming none form the null group; a
 * postmortem naming two services is a row of each group, as in core).
 */
const KEYS: Record<GroupBy | 'none', RawBuilder<Key>> = {
  none: sql<Key>`null`,
  severity: sql<Key>`i.severity`,
  month: sql<Key>`i.month`,
  service: sql<Key>`g.value`,
  team: sql<Key>`g.value`,
};

/** How many rows have `value` in `column`, as a number on both dialects. */
function countWhere(column: Expression<unknown>, value: string): RawBuilder<number> {
  return sql<number>`sum(case when ${column} = ${sql.lit(value)} then 1 else 0 end)`;
}
