import { flagOption, stringOption } from '../option-values.js';
import type { StatsOptions } from './stats.js';

/** The `stats` command's typed options from what commander parsed (`[paths...]` first). */
export function statsOptions(
  args: readonly unknown[],
  options: Readonly<Record<string, unknown>>,
): StatsOptions {
  const paths = args[0];
  return {
    paths: Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [],
    json: flagOption(options, 'json'),
    html: stringOption(options, 'html'),
    groupBy: stringOption(options, 'groupBy'),
    today: stringOption(options, 'today'),
  };
}
