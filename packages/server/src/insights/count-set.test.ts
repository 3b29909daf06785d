import { aggregateStatsOf } from '@hindsight/core/metrics';
import { describe, expect, it } from 'vitest';
import { CountSet } from './count-set.js';

/** A set holding each of `durations` once, every incident critical and in one month. */
function setOf(durations: readonly number[], sign: 1 | -1 = 1, into = new CountSet()): CountSet {
  for (const value of durations) {
    into.addCell('2025-03', 'critical', sign);
    into.addValue('duration', value, sign);
  }
  return into;
}

describe('CountSet', () => {
  it('takes away values counted with a minus sign, one of each, duplicates included', () => {
    // Fractions as a database hands them over: a value taken away is the same number.
    const kept = [0.1 + 0.2, 5, 5, 7.25, 12, 1 / 3];
    const dropped = [5, 1 / 3, 99];
    const counted = setOf(dropped, -1, setOf([...kept, ...dropped]));
    const direct = setOf(kept);
    expect(aggregateStatsOf(counted.counts())).toEqual(aggregateStatsOf(direct.counts()));
    // In no particular order: core sorts the column.
    expect(Float64Array.from(counted.counts().metrics.duration.values).sort()).toEqual(
      Float64Array.from(kept).sort(),
    );
  });

  it('gives the same counts when read again, and after being merged into another set', () => {
    const set = setOf([5, 1 / 3], -1, setOf([5, 5, 1 / 3, 2]));
    const sorted = () => Float64Array.from(set.counts().metrics.duration.values).sort();
    const first = sorted();
    expect(first).toEqual(Float64Array.from([2, 5]));
    expect(sorted()).toEqual(first);
    const whole = new CountSet();
    whole.merge(set);
    expect(sorted()).toEqual(first);
    expect(Float64Array.from(whole.counts().metrics.duration.values).sort()).toEqual(first);
    expect(whole.counts().cells).toEqual([{ month: '2025-03', severity: 'critical', count: 2 }]);
  });

  it('merges sets into the counts of their union, with what each took away', () => {
    const a = setOf([4], -1, setOf([3, 4, 8]));
    const b = setOf([1, 8, 2.5]);
    b.services.set('api', 2);
    a.services.set('api', 1);
    const whole = new CountSet();
    whole.merge(a);
    whole.merge(b);
    const stats = aggregateStatsOf(whole.counts());
    const direct = aggregateStatsOf(setOf([3, 8, 1, 8, 2.5]).counts());
    expect(stats.metrics).toEqual(direct.metrics);
    expect(stats.perMonth).toEqual(direct.perMonth);
    expect(stats.count).toBe(5);
    expect(stats.metrics.duration.median).toBe(3);
    expect(stats.metrics.duration.max).toBe(8);
    expect(stats.services).toEqual([{ name: 'api', count: 3 }]);
  });
});
