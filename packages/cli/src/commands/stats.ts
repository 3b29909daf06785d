import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GROUP_BY, incidentInsights } from '@hindsight/core/metrics';
import type { GroupBy } from '@hindsight/core/metrics';
import { usageError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { localDate, parseDateFlag } from '../flag-values.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';
import { generatorName } from '../package-info.js';
import { findPostmortemFiles } from '../stats/find-postmortem-files.js';
import { formatStatsTable } from '../stats/format-stats-table.js';
import { loadPostmortems } from '../stats/load-postmortems.js';
import { renderStatsHtml } from '../stats/render-stats-html.js';
import { buildStatsReport } from '../stats/stats-report.js';
import { writeAtomic } from '../write-atomic.js';

export interface StatsOptions {
  /** Files and folders to read; default `postmortems/` when it exists, else the working folder. */
  paths: string[];
  /** Print the JSON report (docs/metrics.md) instead of the table. */
  json?: boolean;
  /** Also write a standalone HTML report to this file. */
  html?: string;
  /** `severity`, `service`, `team` or `month`. */
  groupBy?: string;
  /** `YYYY-MM-DD` that overdue items are measured against; default: today, local time. */
  today?: string;
}

/**
 * `hindsight stats`: reads every Markdown postmortem under the paths and reports incident
 * metrics, their coverage, trends and lessons across incidents as a table, as JSON, and
 * optionally as an HTML page. Files that cannot be read are listed, not fatal.
 */
export async function runStats(options: StatsOptions, io: Io): Promise<Outcome> {
  const groupBy = parseGroupBy(options.groupBy);
  const today =
    options.today === undefined
      ? localDate(io.now?.() ?? new Date())
      : parseDateFlag(options.today, '--today');
  if (options.html !== undefined && options.html.trim() === '') {
    throw usageError('--html needs a file name, e.g. --html report.html.');
  }
  const paths = options.paths.length > 0 ? options.paths : [await defaultPath(io.cwd)];
  const found = await findPostmortemFiles(paths, io.cwd);
  const loaded = await loadPostmortems(found.files, io);
  const unreadable = [
    ...found.unlisted.map((u) => ({ path: u.path, reason: `folder not listed: ${u.reason}` })),
    ...loaded.unreadable,
  ];
  const insights = incidentInsights(loaded.models, { today, ...(groupBy ? { groupBy } : {}) });
  const report = buildStatsReport({
    insights,
    paths: loaded.paths,
    unreadable,
    today,
    ...(groupBy ? { groupBy } : {}),
    cwd: io.cwd,
  });

  const errPaint = paintFor(io, 'stderr');
  if (report.count === 0 && unreadable.length === 0) {
    io.stderr.write(`${errPaint.yellow('note:')} no Markdown files under ${paths.join(', ')}.\n`);
  }
  for (const u of unreadable) {
    io.stderr.write(`${errPaint.yellow('warning:')} ${displayPath(u.path, io.cwd)}: ${u.reason}\n`);
  }
  io.stdout.write(
    options.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatsTable(report, paintFor(io)),
  );
  if (options.html !== undefined) {
    const target = resolve(io.cwd, options.html);
    const shown = displayPath(target, io.cwd);
    const source = paths.filter((p) => p !== '.').join(', ');
    const html = renderStatsHtml(report, {
      generator: generatorName(),
      ...(source ? { source } : {}),
    });
    // A report is derived from the postmortems, so replacing an older one is expected.
    await writeAtomic(target, html, { overwrite: true, displayPath: shown });
    io.stderr.write(`${errPaint.green('Wrote')} ${shown}\n`);
  }
  return 'ok';
}

function parseGroupBy(value: string | undefined): GroupBy | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  const found = GROUP_BY.find((g) => g === text);
  if (!found) {
    throw usageError(
      `--group-by "${value}" is not a grouping; choose one of ${GROUP_BY.join(', ')}.`,
    );
  }
  return found;
}

async function defaultPath(cwd: string): Promise<string> {
  try {
    if ((await stat(resolve(cwd, 'postmortems'))).isDirectory()) return 'postmortems';
  } catch {
    // No postmortems/ folder (or one that cannot be looked at): the working folder it is.
  }
  return '.';
}
