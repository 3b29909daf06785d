import { describe, expect, it } from 'vitest';
import type { IncidentMetric } from './incident-metrics.js';
import { metricStats } from './metric-stats.js';

const value = (minutes: number): IncidentMetric => ({
  minutes,
  from: { moment: 'impactStarted' },
  to: { moment: 'detected' },
  basis: 'moments',
});
const gap = (reason: IncidentMetric['reason']): IncidentMetric => ({
  minutes: null,
  from: { moment: 'impactStarted' },
  to: { moment: 'detected' },
  ...(reason ? { reason } : {}),
});

describe('metricStats', () => {
  it('summarises values and counts the gaps by reason', () => {
    // Values 5, 10, 15, 20, 100: mean 30, median 15, p90 at h = 3.6: 20 + 0.6 × 80 = 68.
    const stats = metricStats([
      value(20),
      gap('missing-input'),
      value(5),
      value(100),
      gap('negative'),
      value(15),
      value(10),
      gap('missing-input'),
      gap('incomparable'),
    ]);
    expect(stats).toEqual({
      n: 5,
      mean: 30,
      median: 15,
      p90: expect.closeTo(68, 10) as number,
      min: 5,
      max: 100,
      missing: { 'missing-input': 2, negative: 1, incomparable: 1 },
    });
  });

  it('has no statistics without values', () => {
    expect(metricStats([gap('missing-input')])).toEqual({
      n: 0,
      mean: null,
      median: null,
      p90: null,
      min: null,
      max: null,
      missing: { 'missing-input': 1, negative: 0, incomparable: 0 },
    });
    expect(metricStats([]).n).toBe(0);
  });

  it('gives the mean of an even count and keeps it within the values', () => {
    const stats = metricStats([value(1), value(4)]);
    expect(stats).toMatchObject({ n: 2, mean: 2.5, median: 2.5, min: 1, max: 4 });
    expect(stats.p90).toBeCloseTo(3.7, 10);
    const thirds = metricStats(Array.from({ length: 7 }, () => value(0.1)));
    expect(thirds.mean).toBeLessThanOrEqual(0.1);
  });
});
