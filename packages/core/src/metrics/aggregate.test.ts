import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';
import { buildIncident } from './test-support/build-incident.js';

// Four incidents, times in minutes after midnight UTC:
//  A critical, checkout+payments, team shop, 2024-01-10: impact 0, detected 10, resolved 60
//  B high,     checkout,          team shop, 2024-01-20: impact 0, detected 30, resolved 120
//  C critical, search,            no team,   2024-02-05: impact 0, detected −5 (contradiction), resolved 30
//  D no severity, no service,     team data, no date, stated duration 45
const A = buildIncident(
  { impactStarted: 0, detected: 10, resolved: 60 },
  {
    title: 'A',
    date: '2024-01-10',
    severity: 'critical',
    services: ['checkout', 'payments'],
    teams: ['shop'],
  },
);
const B = buildIncident(
  { impactStarted: 0, detected: 30, resolved: 120 },
  { title: 'B', date: '2024-01-20', severity: 'high', services: ['checkout'], teams: ['shop'] },
);
const C = buildIncident(
  { impactStarted: 0, detected: -5, resolved: 30 },
  { title: 'C', date: '2024-02-05', severity: 'critical', services: ['search'] },
);
const D = { ...buildIncident({}, { title: 'D', teams: ['data'], durationMinutes: 45 }) };
delete D.date;

describe('aggregate', () => {
  const all = aggregate([A, B, C, D]);

  it('counts incidents, severities and months', () => {
    expect(all.count).toBe(4);
    expect(all.severity).toEqual({ critical: 2, high: 1, medium: 0, low: 0, unknown: 1 });
    expect(all.perMonth).toEqual([
      {
        month: '2024-01',
        count: 2,
        severity: { critical: 1, high: 1, medium: 0, low: 0, unknown: 0 },
      },
      {
        month: '2024-02',
        count: 1,
        severity: { critical: 1, high: 0, medium: 0, low: 0, unknown: 0 },
      },
    ]);
    expect(all.undated).toBe(1);
    expect(all.groups).toBeUndefined();
  });

  it('counts incidents per service and team, most first', () => {
    expect(all.services).toEqual([
      { name: 'checkout', count: 2 },
      { name: 'payments', count: 1 },
      { name: 'search', count: 1 },
    ]);
    expect(all.teams).toEqual([
      { name: 'shop', count: 2 },
      { name: 'data', count: 1 },
    ]);
  });

  it('computes each metric over the incidents that have it, with coverage', () => {
    // Time to detect: A 10, B 30; C is negative, D has no moments.
    expect(all.metrics.timeToDetect).toEqual({
      n: 2,
      mean: 20,
      median: 20,
      p90: 28,
      min: 10,
      max: 30,
      missing: { 'missing-input': 1, negative: 1, incomparable: 0 },
    });
    // Time to resolve: 60, 120, 30 → sorted 30, 60, 120; p90 at h = 1.8: 60 + 0.8 × 60 = 108.
    expect(all.metrics.timeToResolve).toMatchObject({
      n: 3,
      mean: 70,
      median: 60,
      min: 30,
      max: 120,
    });
    expect(all.metrics.timeToResolve.p90).toBeCloseTo(108, 10);
    // Duration adds D's stated 45: 30, 45, 60, 120 → mean 63.75, median 52.5.
    expect(all.metrics.duration).toMatchObject({ n: 4, mean: 63.75, median: 52.5 });
    expect(all.metrics.timeToRespond).toMatchObject({
      n: 0,
      mean: null,
      missing: { 'missing-input': 4 },
    });
  });

  it('groups by severity, most severe first and the unknown last', () => {
    const grouped = aggregate([A, B, C, D], { groupBy: 'severity' });
    expect(grouped.groupBy).toBe('severity');
    expect(grouped.groups?.map((g) => [g.key, g.count])).toEqual([
      ['critical', 2],
      ['high', 1],
      [null, 1],
    ]);
    expect(grouped.groups?.[0]?.metrics.timeToResolve).toMatchObject({ n: 2, mean: 45 });
  });

  it('puts an incident in every group of its services, largest group first', () => {
    const grouped = aggregate([A, B, C, D], { groupBy: 'service' });
    expect(grouped.groups?.map((g) => [g.key, g.count])).toEqual([
      ['checkout', 2],
      ['payments', 1],
      ['search', 1],
      [null, 1],
    ]);
    expect(grouped.groups?.[0]?.metrics.timeToDetect.mean).toBe(20);
  });

  it('groups by team and by month', () => {
    expect(
      aggregate([A, B, C, D], { groupBy: 'team' }).groups?.map((g) => [g.key, g.count]),
    ).toEqual([
      ['shop', 2],
      ['data', 1],
      [null, 1],
    ]);
    expect(
      aggregate([C, D, B, A], { groupBy: 'month' }).groups?.map((g) => [g.key, g.count]),
    ).toEqual([
      ['2024-01', 2],
      ['2024-02', 1],
      [null, 1],
    ]);
  });

  it('counts a month from the UTC day impact started when the date is missing', () => {
    const late = buildIncident({ impactStarted: 0 }, { title: 'E' });
    delete late.date;
    late.incident.impactStarted = { at: '2024-03-31T22:30:00-04:00', zone: 'America/New_York' };
    expect(aggregate([late]).perMonth.map((m) => m.month)).toEqual(['2024-04']);
  });

  it('is empty but complete for no incidents', () => {
    const none = aggregate([]);
    expect(none.count).toBe(0);
    expect(none.metrics.duration.n).toBe(0);
    expect(none.perMonth).toEqual([]);
  });
});
