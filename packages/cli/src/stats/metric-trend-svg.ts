import { escapeHtml } from '@hindsight/core/render';
import { formatDuration } from '@hindsight/core/time';
import { percentile } from '@hindsight/core/metrics';
import type { MetricName } from '@hindsight/core/metrics';
import {
  CHART_WIDTH,
  fmt,
  labelStep,
  monthLabel,
  monthRange,
  svgOpen,
  svgText,
  ticks,
} from './chart-kit.js';
import { MAX_MONTHS } from './month-bars-svg.js';
import { METRIC_LABELS } from './stats-labels.js';
import type { MonthTrend } from './stats-report.js';

/** The series drawn, with their CSS class (colour and dash). */
export const TREND_SERIES: readonly { metric: MetricName; className: string }[] = [
  { metric: 'timeToDetect', className: 'series-detect' },
  { metric: 'timeToResolve', className: 'series-resolve' },
];

// Tick steps in minutes that read well as durations: 1 min … 1 year.
const STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 4320, 10080, 20160, 43200, 86400, 129600,
  259200, 525600,
];
/** A value more than this many times the upper quartile is drawn at the top edge instead. */
const OUTLIER_FACTOR = 3;
const HEIGHT = 280;
const LEFT = 84;
const RIGHT = 12;
const TOP = 34;
const BOTTOM = 40;

interface Point {
  series: (typeof TREND_SERIES)[number];
  slot: number;
  month: string;
  median: number;
  n: number;
}

/**
 * The monthly median of time to detect and time to resolve, as lines over the months from
 * the first to the last with a value. A month without a value breaks the line instead of
 * being bridged, so a missing month never looks like a measured one. One extreme month
 * would flatten all the others, so values far above the rest (over three times the upper
 * quartile) are drawn as triangles on the top edge, their real value in the tooltip. Returns
 * '' when no month has either metric.
 */
export function metricTrendSvg(trend: readonly MonthTrend[]): string {
  const measured = trend.filter((t) => TREND_SERIES.some((s) => t.metrics[s.metric].n > 0));
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (!first || !last) return '';
  const months = monthRange(first.month, last.month).slice(-MAX_MONTHS);
  const byMonth = new Map(trend.map((t) => [t.month, t]));
  const points: Point[] = [];
  months.forEach((month, slot) => {
    for (const series of TREND_SERIES) {
      const value = byMonth.get(month)?.metrics[series.metric];
      if (value && value.median !== null) {
        points.push({ series, slot, month, median: value.median, n: value.n });
      }
    }
  });
  const scaleMax = axisMaximum(points.map((p) => p.median));
  const yTicks = ticks(scaleMax, 5, STEPS);
  const top = yTicks[yTicks.length - 1] ?? Math.max(1, scaleMax);
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slotWidth = plotWidth / months.length;
  const x = (slot: number): number => LEFT + slot * slotWidth + slotWidth / 2;
  const y = (v: number): number => TOP + plotHeight - (Math.min(v, top) / top) * plotHeight;

  const grid: string[] = [];
  for (const t of yTicks) {
    grid.push(
      `<line class="grid" x1="${LEFT}" x2="${CHART_WIDTH - RIGHT}" y1="${fmt(y(t))}" y2="${fmt(y(t))}"/>`,
      svgText(LEFT - 6, y(t) + 4, axisDuration(t), { 'text-anchor': 'end', class: 'axis' }),
    );
  }
  const every = labelStep(slotWidth);
  months.forEach((month, slot) => {
    if (slot % every === 0) {
      grid.push(
        svgText(x(slot), HEIGHT - BOTTOM + 16, monthLabel(month), {
          'text-anchor': 'middle',
          class: 'axis',
        }),
      );
    }
  });

  const lines: string[] = [];
  const marks: string[] = [];
  let clipped = 0;
  for (const series of TREND_SERIES) {
    const mine = points.filter((p) => p.series === series);
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1)
        lines.push(`<polyline class="${series.className}" points="${run.join(' ')}"/>`);
      run = [];
    };
    mine.forEach((p, i) => {
      if (i > 0 && p.slot !== (mine[i - 1]?.slot ?? -2) + 1) flush();
      run.push(`${fmt(x(p.slot))},${fmt(y(p.median))}`);
      const tip = escapeHtml(
        `${METRIC_LABELS[series.metric]}, ${monthLabel(p.month)}: median ${formatDuration(p.median)} over ${p.n} incident${p.n === 1 ? '' : 's'}`,
      );
      if (p.median > top) {
        clipped++;
        const cx = x(p.slot);
        const cy = y(top);
        marks.push(
          `<path class="${series.className} clipped" d="M${fmt(cx - 5)},${fmt(cy + 4)}L${fmt(cx)},${fmt(cy - 5)}L${fmt(cx + 5)},${fmt(cy + 4)}Z"><title>${tip}</title></path>`,
        );
      } else {
        marks.push(
          `<circle class="${series.className}" cx="${fmt(x(p.slot))}" cy="${fmt(y(p.median))}" r="3.5"><title>${tip}</title></circle>`,
        );
      }
    });
    flush();
  }

  let lx = LEFT;
  const legend = TREND_SERIES.map((s) => {
    const name = `${METRIC_LABELS[s.metric]} (median)`;
    const item = `<line class="${s.className}" x1="${lx}" x2="${lx + 18}" y1="14" y2="14"/>${svgText(lx + 24, 18, name, { class: 'legend' })}`;
    lx += 40 + name.length * 7;
    return item;
  }).join('');
  const description =
    `Monthly median time to detect and time to resolve, ${monthLabel(months[0] ?? first.month)} to ${monthLabel(last.month)}.` +
    (clipped > 0
      ? ` ${clipped} values above ${formatDuration(top)} are drawn on the top edge.`
      : '');
  // Grid first, then lines, then points on top where their tooltips can be reached.
  return `${svgOpen('chart-trend', HEIGHT, 'Time to detect and resolve over time', description)}${legend}${grid.join('')}${lines.join('')}${marks.join('')}</svg>`;
}

/** The top of the scale: the largest value, unless it is far above the upper quartile. */
function axisMaximum(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1] ?? 1;
  if (sorted.length < 4) return max;
  const q3 = percentile(sorted, 0.75) ?? max;
  return q3 > 0 ? Math.min(max, q3 * OUTLIER_FACTOR) : max;
}

/** A tick label in one unit where it is whole: `30 min`, `2 h`, `3 d`. */
function axisDuration(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes > 0 && minutes % 60 === 0) return `${minutes / 60} h`;
  return formatDuration(minutes);
}
