import { escapeHtml } from '@hindsight/core/render';
import type { MonthCount, SeverityMix } from '@hindsight/core/metrics';
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

/** Severities from the bottom of a bar up, with the class that colours them. */
export const SEVERITY_ORDER: readonly (keyof SeverityMix)[] = [
  'critical',
  'high',
  'medium',
  'low',
  'unknown',
];

/** At most this many months are drawn, the most recent ones. */
export const MAX_MONTHS = 60;
const HEIGHT = 280;
const LEFT = 40;
const RIGHT = 12;
const TOP = 34;
const BOTTOM = 40;

/**
 * Incidents per month as bars stacked by severity, every month from the first to the last
 * present (empty months included, so that gaps are visible). Each segment has a tooltip.
 * Returns '' when no incident is dated.
 */
export function monthBarsSvg(perMonth: readonly MonthCount[]): string {
  const first = perMonth[0];
  const last = perMonth[perMonth.length - 1];
  if (!first || !last) return '';
  const months = monthRange(first.month, last.month).slice(-MAX_MONTHS);
  const byMonth = new Map(perMonth.map((m) => [m.month, m]));
  const most = Math.max(1, ...perMonth.map((m) => m.count));
  const yTicks = ticks(most, 5);
  const top = yTicks[yTicks.length - 1] ?? most;
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / months.length;
  const barWidth = Math.max(2, slot * 0.7);
  const y = (v: number): number => TOP + plotHeight - (v / top) * plotHeight;

  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${CHART_WIDTH - RIGHT}" y1="${fmt(y(t))}" y2="${fmt(y(t))}"/>`,
      svgText(LEFT - 6, y(t) + 4, String(t), { 'text-anchor': 'end', class: 'axis' }),
    );
  }
  const labelEvery = labelStep(slot);
  months.forEach((month, i) => {
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    const counts = byMonth.get(month);
    let base = 0;
    for (const level of SEVERITY_ORDER) {
      const n = counts?.severity[level] ?? 0;
      if (n === 0) continue;
      const label = `${monthLabel(month)}: ${n} ${level === 'unknown' ? 'without severity' : level}`;
      parts.push(
        `<rect class="sev-${level}" x="${fmt(x)}" y="${fmt(y(base + n))}" width="${fmt(barWidth)}" height="${fmt(y(base) - y(base + n))}"><title>${escapeHtml(label)}</title></rect>`,
      );
      base += n;
    }
    if (i % labelEvery === 0) {
      parts.push(
        svgText(x + barWidth / 2, HEIGHT - BOTTOM + 16, monthLabel(month), {
          'text-anchor': 'middle',
          class: 'axis',
        }),
      );
    }
  });
  const legend = legendRow(
    SEVERITY_ORDER.filter((level) => perMonth.some((m) => m.severity[level] > 0)),
  );
  const total = perMonth.reduce((sum, m) => sum + m.count, 0);
  const description = `${total} dated incidents from ${monthLabel(months[0] ?? first.month)} to ${monthLabel(last.month)}, stacked by severity.`;
  return `${svgOpen('chart-months', HEIGHT, 'Incidents per month by severity', description)}${legend}${parts.join('')}</svg>`;
}

function legendRow(levels: readonly (keyof SeverityMix)[]): string {
  let x = LEFT;
  return levels
    .map((level) => {
      const name = level === 'unknown' ? 'no severity' : level;
      const item = `<rect class="sev-${level}" x="${x}" y="8" width="12" height="12"/>${svgText(x + 16, 18, name, { class: 'legend' })}`;
      x += 28 + name.length * 7;
      return item;
    })
    .join('');
}
