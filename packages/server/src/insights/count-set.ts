import { METRIC_NAMES, emptyGaps } from '@hindsight/core/metrics';
import type {
  AggregateCell,
  AggregateCounts,
  MetricGap,
  MetricName,
  MetricValues,
} from '@hindsight/core/metrics';
import type { Severity } from '@hindsight/core';

/**
 * What is counted of one set of postmortems (the whole, or one group), from which core's
 * `aggregateStatsOf` makes the figures. Counts are added with a sign, so that the rows a
 * viewer may not see can be counted and taken away; what ends at zero is left out, as if never
 * counted.
 */
export class CountSet {
  count = 0;
  /** By month, then by severity: two lookups cost less than making a key of both per row. */
  readonly #cells = new Map<string | null, Map<Severity | null, AggregateCell>>();
  readonly missing = {} as Record<MetricName, Record<MetricGap, number>>;
  /** Each metric's values, each as many times as postmortems have it. */
  readonly #added = {} as Record<MetricName, ValueColumn>;
  /** Values counted apart to be taken away again (of postmortems left out). */
  readonly #removed = {} as Record<MetricName, ValueColumn>;
  readonly services = new Map<string, number>();
  readonly teams = new Map<string, number>();

  constructor() {
    for (const name of METRIC_NAMES) {
      this.missing[name] = emptyGaps();
      this.#added[name] = new ValueColumn();
      this.#removed[name] = new ValueColumn();
    }
  }

  addCell(month: string | null, severity: Severity | null, count: number): void {
    let bySeverity = this.#cells.get(month);
    if (bySeverity === undefined) this.#cells.set(month, (bySeverity = new Map()));
    const cell = bySeverity.get(severity);
    if (cell) cell.count += count;
    else bySeverity.set(severity, { month, severity, count });
    this.count += count;
  }

  /**
   * Adds everything counted of `other`, a set this one includes. What `other` took away is
   * taken from its own values first, where the values to look through are fewer.
   */
  merge(other: CountSet): void {
    for (const cell of other.#allCells()) this.addCell(cell.month, cell.severity, cell.count);
    for (const name of METRIC_NAMES) {
      for (const [gap, n] of Object.entries(other.missing[name]) as [MetricGap, number][])
        this.missing[name][gap] += n;
      other.#added[name].subtract(other.#removed[name]);
      this.#added[name].append(other.#added[name]);
    }
    for (const [name, n] of other.services) addTo(this.services, name, n);
    for (const [name, n] of other.teams) addTo(this.teams, name, n);
  }

  /** Counts `value` of metric `name` `count` times, or takes it away as often when negative. */
  addValue(name: MetricName, value: number, count: number): void {
    if (count > 0) this.#added[name].push(value, count);
    else if (count < 0) this.#removed[name].push(value, -count);
  }

  counts(): AggregateCounts {
    const metrics = {} as Record<MetricName, MetricValues>;
    for (const name of METRIC_NAMES) {
      this.#added[name].subtract(this.#removed[name]);
      metrics[name] = { values: this.#added[name].values(), missing: this.missing[name] };
    }
    return {
      cells: [...this.#allCells()].filter((c) => c.count !== 0),
      metrics,
      services: nonZero(this.services),
      teams: nonZero(this.teams),
    };
  }

  *#allCells(): Iterable<AggregateCell> {
    for (const bySeverity of this.#cells.values()) yield* bySeverity.values();
  }
}

export function addTo<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function nonZero(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].filter(([, n]) => n !== 0);
}

/**
 * A growing column of numbers. Counting each distinct value in a map instead cost more than
 * anything else in a grouped summary: minutes are fractions, and a map hashes such a number
 * slowly.
 */
class ValueColumn {
  #data = new Float64Array(64);
  #n = 0;

  push(value: number, times: number): void {
    this.#reserve(times);
    // A grouped summary pushes each value once, 500,000 times: `fill` is a call too many.
    if (times === 1) this.#data[this.#n] = value;
    else this.#data.fill(value, this.#n, this.#n + times);
    this.#n += times;
  }

  append(other: ValueColumn): void {
    this.#reserve(other.#n);
    this.#data.set(other.#data.subarray(0, other.#n), this.#n);
    this.#n += other.#n;
  }

  #reserve(more: number): void {
    if (this.#n + more <= this.#data.length) return;
    const grown = new Float64Array(Math.max(this.#data.length * 2, this.#n + more));
    grown.set(this.#data.subarray(0, this.#n));
    this.#data = grown;
  }

  /** The values, in no particular order: core sorts them. */
  values(): Float64Array {
    return this.#data.subarray(0, this.#n);
  }

  /**
   * Takes away one of each of `removed`'s values (which were all added: they are the same
   * numbers read from the same rows), and empties `removed`. Only the few removed values are
   * sorted; each value is looked up among them by bisection.
   */
  subtract(removed: ValueColumn): void {
    if (removed.#n === 0) return;
    const values = this.values();
    const gone = removed.#data.slice(0, removed.#n).sort();
    // How many of the run of equal removed values starting at each index were matched.
    const matched = new Uint32Array(gone.length);
    let kept = 0;
    for (const value of values) {
      const first = lowerBound(gone, value);
      const at = first + (matched[first] as number);
      if (at < gone.length && gone[at] === value) matched[first] = (matched[first] as number) + 1;
      else this.#data[kept++] = value;
    }
    this.#n = kept;
    removed.#n = 0;
  }
}

/** The first index of `sorted` whose value is not below `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
