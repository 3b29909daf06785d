import { describe, expect, it } from 'vitest';
import { emptySeverityMix } from '@hindsight/core/metrics';
import type { FactorCategoryCount, MetricName } from '@hindsight/core/metrics';
import { factorBarsSvg } from './factor-bars-svg.js';
import { metricTrendSvg } from './metric-trend-svg.js';
import { monthBarsSvg } from './month-bars-svg.js';
import type { MonthTrend } from './stats-report.js';

const month = (m: string, severity: Partial<ReturnType<typeof emptySeverityMix>>) => {
  const mix = { ...emptySeverityMix(), ...severity };
  return { month: m, count: Object.values(mix).reduce((a, b) => a + b, 0), severity: mix };
};

const trendMonth = (m: string, detect: number | null, resolve: number | null): MonthTrend => {
  const metric = (median: number | null) => ({ n: median === null ? 0 : 1, median });
  const metrics = {
    timeToDetect: metric(detect),
    timeToRespond: metric(null),
    timeToMitigate: metric(null),
    timeToResolve: metric(resolve),
    duration: metric(resolve),
  } satisfies Record<MetricName, unknown>;
  return { month: m, metrics };
};

describe('monthBarsSvg', () => {
  it('stacks severities per month and keeps empty months as gaps', () => {
    const svg = monthBarsSvg([
      month('2024-01', { critical: 1, high: 2 }),
      month('2024-03', { unknown: 1 }),
    ]);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    // One segment each (the legend's swatches have no tooltip).
    expect(svg.match(/<rect class="sev-critical"[^>]*><title>/g)).toHaveLength(1);
    expect(svg.match(/<rect class="sev-high"[^>]*><title>/g)).toHaveLength(1);
    expect(svg).toContain('<title>Jan 2024: 2 high</title>');
    expect(svg).toContain('<title>Mar 2024: 1 without severity</title>');
    // Three month labels: January, the empty February, March.
    expect(svg).toContain('>Feb 2024</text>');
    // The legend names only the severities present.
    expect(svg).toContain('>critical</text>');
    expect(svg).not.toContain('>medium</text>');
  });

  it('draws nothing without dated incidents', () => {
    expect(monthBarsSvg([])).toBe('');
  });
});

describe('metricTrendSvg', () => {
  it('draws a line through consecutive months and breaks it at a gap', () => {
    const svg = metricTrendSvg([
      trendMonth('2024-01', 10, 60),
      trendMonth('2024-02', 20, 90),
      trendMonth('2024-04', 5, 30),
    ]);
    expect(svg.match(/<polyline class="series-detect"/g)).toHaveLength(1);
    expect(svg.match(/<circle class="series-detect"/g)).toHaveLength(3);
    expect(svg).toContain(
      '<title>Time to resolve, Feb 2024: median 1 h 30 min over 1 incident</title>',
    );
  });

  it('puts a far-out month on the top edge, with its value in the tooltip', () => {
    const svg = metricTrendSvg([
      trendMonth('2024-01', 10, 60),
      trendMonth('2024-02', 12, 70),
      trendMonth('2024-03', 11, 80),
      trendMonth('2024-04', 9, 100_000),
    ]);
    expect(svg).toMatch(
      /<path class="series-resolve clipped"[^>]*><title>Time to resolve, Apr 2024: median 69 d 10 h 40 min/,
    );
    expect(svg).toContain('values above');
  });

  it('draws nothing when no month is measured', () => {
    expect(metricTrendSvg([trendMonth('2024-01', null, null)])).toBe('');
  });
});

describe('factorBarsSvg', () => {
  it('draws a bar per used category, escaped, and nothing when none is used', () => {
    const categories: FactorCategoryCount[] = [
      { category: 'monitoring', factors: 4, incidents: 3 },
      { category: 'change', factors: 2, incidents: 2 },
      { category: 'security', factors: 0, incidents: 0 },
    ];
    const svg = factorBarsSvg(categories);
    expect(svg.match(/<rect class="factor-bar"/g)).toHaveLength(2);
    expect(svg).toContain('<title>monitoring: 4 factors in 3 incidents</title>');
    expect(svg).not.toContain('security');
    expect(factorBarsSvg([{ category: 'other', factors: 0, incidents: 0 }])).toBe('');
  });
});
