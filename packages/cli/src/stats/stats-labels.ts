import { formatDuration } from '@hindsight/core/time';
import type { MetricGap, MetricName } from '@hindsight/core/metrics';

/** Short metric names for tables and charts. */
export const METRIC_LABELS: Readonly<Record<MetricName, string>> = {
  timeToDetect: 'Time to detect',
  timeToRespond: 'Time to respond',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  duration: 'Duration',
};

/** Why incidents have no value, after their number ("3 missing a moment"). */
export const GAP_LABELS: Readonly<Record<MetricGap, string>> = {
  'missing-input': 'missing a moment',
  negative: 'contradictory (the end is written before the start)',
  incomparable: 'with one moment in a time zone and the other in none',
};

/** Minutes for people, or an en dash when unknown. */
export function minutesText(minutes: number | null): string {
  return minutes === null ? '–' : formatDuration(minutes);
}

/** A share as a whole percentage: `0.4` → `40%`; an en dash when unknown. */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** `1 incident`, `3 incidents`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The name a group is shown with; `(none)` for incidents without a value. */
export function groupName(key: string | null): string {
  return key ?? '(none)';
}
