import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';
import type { AggregateStats } from './aggregate.js';
import { METRIC_NAMES } from './metric-definitions.js';
import { incidentArbitrary } from './test-support/incident-arbitrary.js';

const sets = fc.array(incidentArbitrary, { maxLength: 25 });

/** Every count an aggregate holds, keyed so that two aggregates can be added and compared. */
function counts(stats: AggregateStats): Map<string, number> {
  const out = new Map<string, number>([
    ['count', stats.count],
    ['undated', stats.undated],
  ]);
  for (const name of METRIC_NAMES) {
    const metric = stats.metrics[name];
    out.set(`${name}.n`, metric.n);
    for (const [reason, n] of Object.entries(metric.missing)) out.set(`${name}.${reason}`, n);
  }
  for (const [level, n] of Object.entries(stats.severity)) out.set(`severity.${level}`, n);
  for (const month of stats.perMonth) out.set(`month.${month.month}`, month.count);
  for (const service of stats.services) out.set(`service.${service.name}`, service.count);
  for (const team of stats.teams) out.set(`team.${team.name}`, team.count);
  return out;
}

function add(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const sum = new Map(a);
  for (const [key, n] of b) sum.set(key, (sum.get(key) ?? 0) + n);
  return sum;
}

describe('aggregate (properties)', () => {
  it('keeps every statistic in order: min ≤ median ≤ p90 ≤ max, mean within', () => {
    fc.assert(
      fc.property(sets, (models) => {
        const stats = aggregate(models);
        for (const name of METRIC_NAMES) {
          const { n, min, max, median, p90, mean } = stats.metrics[name];
          if (n === 0) {
            expect([min, max, median, p90, mean]).toEqual([null, null, null, null, null]);
            continue;
          }
          if (min === null || max === null || median === null || p90 === null || mean === null)
            throw new Error('a statistic is missing');
          expect(median).toBeGreaterThanOrEqual(min);
          expect(median).toBeLessThanOrEqual(max);
          expect(p90).toBeGreaterThanOrEqual(median);
          expect(p90).toBeLessThanOrEqual(max);
          expect(mean).toBeGreaterThanOrEqual(min);
          expect(mean).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it('never covers more incidents than there are, and accounts for every one', () => {
    fc.assert(
      fc.property(sets, (models) => {
        const stats = aggregate(models);
        for (const name of METRIC_NAMES) {
          const metric = stats.metrics[name];
          expect(metric.n).toBeLessThanOrEqual(stats.count);
          const missing = Object.values(metric.missing).reduce((a, b) => a + b, 0);
          expect(metric.n + missing).toBe(stats.count);
        }
        const severities = Object.values(stats.severity).reduce((a, b) => a + b, 0);
        expect(severities).toBe(stats.count);
        const dated = stats.perMonth.reduce((a, m) => a + m.count, 0);
        expect(dated + stats.undated).toBe(stats.count);
      }),
    );
  });

  it('gives the union of two sets the sum of their counts', () => {
    fc.assert(
      fc.property(sets, sets, (left, right) => {
        const union = counts(aggregate([...left, ...right]));
        const sum = add(counts(aggregate(left)), counts(aggregate(right)));
        expect(union).toEqual(sum);
      }),
    );
  });

  it('does not depend on the order of the incidents', () => {
    fc.assert(
      fc.property(sets, (models) => {
        const reversed = aggregate([...models].reverse(), { groupBy: 'service' });
        expect(reversed).toEqual(aggregate(models, { groupBy: 'service' }));
      }),
    );
  });

  it('has groups whose counts add up to the total when each incident has one key', () => {
    fc.assert(
      fc.property(sets, (models) => {
        for (const groupBy of ['severity', 'month'] as const) {
          const stats = aggregate(models, { groupBy });
          const total = (stats.groups ?? []).reduce((a, g) => a + g.count, 0);
          expect(total).toBe(stats.count);
        }
      }),
    );
  });
});
