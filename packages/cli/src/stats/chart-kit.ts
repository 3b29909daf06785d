import { escapeHtml } from '@hindsight/core/render';

/** Drawing width in user units; charts scale to their container. */
export const CHART_WIDTH = 720;

/**
 * Tick values from 0 up to at least `max`, at a step from `steps` (or 1, 2, 5 × 10ⁿ, never
 * below 1: charts count incidents and minutes) that gives at most `most` intervals.
 */
export function ticks(max: number, most = 5, steps?: readonly number[]): number[] {
  const top = Math.max(max, 1);
  let step = steps?.find((s) => top / s <= most);
  if (step === undefined) {
    const base = 10 ** Math.floor(Math.log10(top / most));
    step = [1, 2, 5, 10].map((m) => m * base).find((s) => top / s <= most) ?? base * 10;
    step = Math.max(1, step);
  }
  const out: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    out.push(v);
    if (v >= top) break;
  }
  return out;
}

/** Every month from `first` to `last` (`YYYY-MM`), inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * Every how many months an axis label fits: labels are about `Mar 2024` wide, so with
 * narrow slots only every second, third … month is named.
 */
export function labelStep(slotWidth: number): number {
  return Math.max(1, Math.ceil(64 / slotWidth));
}

/** `2024-03` → `Mar 2024`. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year}`;
}

/**
 * The opening `<svg>` tag with an accessible name and description, which screen readers
 * read instead of the drawing.
 */
export function svgOpen(id: string, height: number, title: string, description: string): string {
  return (
    `<svg viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
    `xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`
  );
}

/** A text element with escaped content. */
export function svgText(
  x: number,
  y: number,
  text: string,
  attrs: Readonly<Record<string, string | number>> = {},
): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  return `<text x="${fmt(x)}" y="${fmt(y)}"${extra}>${escapeHtml(text)}</text>`;
}

/** A coordinate with at most one decimal, to keep the markup short. */
export function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}
