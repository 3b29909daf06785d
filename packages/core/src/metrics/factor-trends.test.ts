import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { ContributingFactor } from '../model/index.js';
import { factorTrends } from './factor-trends.js';

const pm = (date: string | undefined, factors: ContributingFactor[], cause?: string) =>
  buildPostmortem({
    title: 'T',
    ...(date ? { date } : {}),
    rootCause: { contributingFactors: factors, ...(cause ? { rootCause: cause } : {}) },
  });

describe('factorTrends', () => {
  const trends = factorTrends([
    pm('2024-01-03', [
      { text: 'Alert thresholds were too loose', category: 'monitoring' },
      { text: 'A deploy went out on Friday evening' },
      { text: 'Nobody knew' },
    ]),
    pm('2024-01-28', [
      { text: 'No alert on queue depth', category: 'monitoring' },
      { text: 'Second alert also missing', category: 'monitoring' },
    ]),
    pm('2024-02-14', [], 'A typo in the nginx configuration file'),
    pm(undefined, [{ text: 'Provider outage', category: 'dependency' }]),
    pm('2024-03-01', []),
  ]);

  it('counts factors and incidents per category, most factors first', () => {
    expect(trends.categories.slice(0, 5)).toEqual([
      { category: 'monitoring', factors: 3, incidents: 2 },
      { category: 'change', factors: 1, incidents: 1 },
      { category: 'configuration', factors: 1, incidents: 1 },
      { category: 'dependency', factors: 1, incidents: 1 },
      { category: 'other', factors: 1, incidents: 1 },
    ]);
    expect(trends.categories).toHaveLength(10);
    expect(trends.categories.at(-1)).toEqual({ category: 'security', factors: 0, incidents: 0 });
  });

  it('infers missing categories from the wording, else other', () => {
    // "A deploy went out" → change, "Nobody knew" → other.
    expect(trends.inferred).toBe(2);
  });

  it('counts the cause statement of an incident that lists no factors', () => {
    expect(trends.fromRootCause).toBe(1);
  });

  it('trends factors by month, undated incidents left out', () => {
    expect(trends.byMonth.map((m) => m.month)).toEqual(['2024-01', '2024-02']);
    expect(trends.byMonth[0]?.counts).toMatchObject({ monitoring: 3, change: 1, other: 1 });
    expect(trends.byMonth[1]?.counts).toMatchObject({ configuration: 1, monitoring: 0 });
  });
});
