/**
 * The top of a value axis and its ticks: a round number at or above `max` (1, 2 or 5 times a
 * power of ten, over about `count` steps), so gridlines fall on values people read at a glance.
 *
 * @example niceScale(37) // { top: 40, ticks: [0, 10, 20, 30, 40] }
 */
export function niceScale(max: number, count = 4): { top: number; ticks: number[] } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: [0, 1] };
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(round(value));
  return { top: round(top), ticks };
}

/** Minutes as people say them: "45 min", "3.5 h", "2.1 d". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 90) return `${round(minutes, 1)} min`;
  if (minutes < 48 * 60) return `${round(minutes / 60, 1)} h`;
  return `${round(minutes / 1440, 1)} d`;
}

/** "2024-03" as "Mar 2024", in UTC so the month never shifts with the reader's zone. */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return date.toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function round(value: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
