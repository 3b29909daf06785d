import { METRIC_NAMES } from '@hindsight/core/metrics';
import type { GroupBy, MetricGap } from '@hindsight/core/metrics';
import type { Severity } from '@hindsight/core';
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { DatabaseHandle } from '../storage/create-database.js';
import { METRIC_COLUMNS } from '../storage/insights-row.js';
import { CountSet, addTo } from './count-set.js';
import { FIELD_SEPARATOR, LINE_SEPARATOR, unpackLines } from './packed-lines.js';
import { visibleOf } from './insight-scope.js';
import type { CountingScope, ScopeCondition } from './insight-scope.js';

/** A group's key: null for the postmortems without one (undated, no service named, …). */
export type GroupKey = string | null;

/** The counts of a set and of each of its groups. */
export interface GroupCounts {
  whole: CountSet;
  groups: Map<GroupKey, CountSet>;
}

/**
 * The counts of a set and of its groups in one read of the set's insights rows (severity,
 * month, services, teams and each metric), each row added to the whole and to its groups.
 * Grouped queries cost more: the group key led none of the indexes they read, so months were
 * sorted and a label was joined to every row, by each of seven queries a set, and a filter's
 * semi-join was paid by each (docs/metrics.md, "From the database"). Services and teams come
 * from the insights row's lists, which are core's `insightRecord` ones, each name once.
 */
export async function countGroups(
  handle: DatabaseHandle,
  scope: CountingScope,
  groupBy: GroupBy,
): Promise<GroupCounts> {
  const counts: GroupCounts = { whole: new CountSet(), groups: new Map() };
  // The rows left out are left out of the one read, not counted apart and taken away from each
  // group: PostgreSQL checks a list of ids by hashing it, and SQLite through a temporary index,
  // on one query here, and finding each taken value among a group's values cost more.
  const rows = await readRows(handle, visibleOf(scope));
  countRows(rows, groupBy, counts, 1);
  // Severities and months split the set: its counts are the groups' sums, with no second count.
  if (partitions(groupBy)) for (const set of counts.groups.values()) counts.whole.merge(set);
  return counts;
}

const METRICS = METRIC_NAMES.map((name) => [name, METRIC_COLUMNS[name]] as const);

/** Stands for a gap in a metric's column as read: core never stores a negative value. */
const GAP_CODES: Record<MetricGap, number> = {
  negative: -1,
  incomparable: -2,
  'missing-input': -3,
};
const GAP_OF_CODE = new Map(
  (Object.entries(GAP_CODES) as [MetricGap, number][]).map(([gap, code]) => [code, gap]),
);

/**
 * A metric's value, or its gap's code when it has none (a null value without a stated gap is
 * missing input, as core reads it): one number a metric instead of a number and a string,
 * which halves what each row costs to read.
 */
function valueOrGap(column: string): RawBuilder<number> {
  const gap = sql.ref(`i.${column}_gap`);
  return sql<number>`coalesce(${sql.ref(`i.${column}`)}, case ${gap} when 'negative' then ${sql.lit(
    GAP_CODES.negative,
  )} when 'incomparable' then ${sql.lit(GAP_CODES.incomparable)} else ${sql.lit(
    GAP_CODES['missing-input'],
  )} end)`;
}

/** A row as read: severity, month, the services and teams lists (JSON text), each metric. */
type Row = [Severity | null, string | null, string, string, ...number[]];
const SEVERITY = 0;
const MONTH = 1;
const SERVICES = 2;
const TEAMS = 3;
/** Where the metrics' columns begin, in the order of `METRICS`. */
const FIRST_METRIC = 4;

/** Insights rows as {@link readRows} reads them: severity, month, and the text of their lines. */
export type PackedRows = [Severity | null, string | null, string][];

/**
 * The insights rows of a set (severity, month, services, teams and each metric), to be counted
 * by {@link countRowsInto}. The database packs the rows of each severity and month into one
 * text of lines, split when counted (docs/metrics.md, "From the database"): pg decodes each
 * field of each row in JavaScript (a string and a type parser a field), and 100,000 rows of
 * nine fields cost it more than reading and counting them all did; better-sqlite3 hands over
 * the packed texts as fast as the rows as arrays.
 */
export async function readRows(handle: DatabaseHandle, scope: ScopeCondition): Promise<PackedRows> {
  // The lists as text on both dialects: PostgreSQL would decode each row's jsonb, where the
  // same few lists recur, each decoded once here (JSON text escapes the separators).
  const lines = sql<string>`string_agg(concat_ws(${sql.lit(FIELD_SEPARATOR)}, ${sql.join([
    sql`cast(${sql.ref('i.services')} as text)`,
    sql`cast(${sql.ref('i.teams')} as text)`,
    ...METRICS.map(([, column]) => valueOrGap(column)),
  ])}), ${sql.lit(LINE_SEPARATOR)})`;
  // Grouped by severity and month, which the lines then need not repeat, and which keeps each
  // text a part of the set however large the set grows.
  return handle.adapter.rowsAsArrays<PackedRows[number]>(
    handle.db,
    handle.db
      .selectFrom('postmortem_insights as i')
      .where(scope(sql.ref('i.postmortem_id')))
      .select(['i.severity', 'i.month', lines.as('lines')])
      .groupBy(['i.severity', 'i.month']),
  );
}

/**
 * Counts rows read by {@link readRows} into `set` alone, or takes them away (`sign` -1): the
 * few rows a viewer may not see, which cost less to read once than seven grouped queries with
 * their ids.
 */
export function countRowsInto(rows: PackedRows, set: CountSet, sign: 1 | -1): void {
  countRows(rows, undefined, { whole: set, groups: new Map() }, sign);
}

function countRows(
  rows: PackedRows,
  groupBy: GroupBy | undefined,
  { whole, groups }: GroupCounts,
  sign: 1 | -1,
): void {
  const labels = new LabelLists();
  const groupOf = (key: GroupKey): CountSet => {
    let set = groups.get(key);
    if (!set) groups.set(key, (set = new CountSet()));
    return set;
  };
  const visit = (row: Row): void => {
    const services = labels.of(row[SERVICES]);
    const teams = labels.of(row[TEAMS]);
    if (groupBy === 'severity' || groupBy === 'month') {
      addRow(groupOf(row[groupBy === 'severity' ? SEVERITY : MONTH]), row, services, teams, sign);
      return;
    }
    addRow(whole, row, services, teams, sign);
    if (groupBy === undefined) return;
    // An incident naming several services (or teams) is a member of each of their groups;
    // one naming none, of the group without a key, as in core.
    const keys = groupBy === 'service' ? services : teams;
    if (keys.length === 0) addRow(groupOf(null), row, services, teams, sign);
    for (const key of keys) addRow(groupOf(key), row, services, teams, sign);
  };
  // One row for every line: `visit` keeps nothing of it.
  const row: Row = [null, null, '', '', ...METRICS.map(() => 0)];
  for (const [severity, month, text] of rows) {
    row[SEVERITY] = severity;
    row[MONTH] = month;
    unpackLines(text, row, SERVICES, FIRST_METRIC - SERVICES, () => visit(row));
  }
}

/** Whether each postmortem is a member of exactly one group. */
function partitions(groupBy: GroupBy): boolean {
  return groupBy === 'severity' || groupBy === 'month';
}

function addRow(
  set: CountSet,
  row: Row,
  services: readonly string[],
  teams: readonly string[],
  sign: 1 | -1,
): void {
  set.addCell(row[MONTH], row[SEVERITY], sign);
  for (let m = 0; m < METRICS.length; m++) {
    const name = (METRICS[m] as (typeof METRICS)[number])[0];
    const value = Number(row[FIRST_METRIC + m]);
    // Looked up only when below zero: a map hashes a fractional number slowly.
    if (value >= 0) set.addValue(name, value, sign);
    else set.missing[name][GAP_OF_CODE.get(value) as MetricGap] += sign;
  }
  for (const name of services) addTo(set.services, name, sign);
  for (const name of teams) addTo(set.teams, name, sign);
}

/**
 * The names of a services or teams list (JSON text), each once, as core counts them. Many
 * postmortems share a list, so each distinct text is decoded once per summary.
 */
class LabelLists {
  readonly #decoded = new Map<string, readonly string[]>();

  of(column: string): readonly string[] {
    let names = this.#decoded.get(column);
    if (names === undefined) {
      names = [...new Set(JSON.parse(column) as string[])];
      this.#decoded.set(column, names);
    }
    return names;
  }
}
