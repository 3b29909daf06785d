import { METRIC_GAPS, METRIC_NAMES } from '@hindsight/core/metrics';
import type { Paint } from '../io.js';
import {
  GAP_LABELS,
  METRIC_LABELS,
  groupName,
  minutesText,
  percentText,
  plural,
} from './stats-labels.js';
import type { FileRef, ReportStats, StatsReport } from './stats-report.js';
import { clip, textTable } from './text-table.js';

const TOP = 5;
const BAR_WIDTH = 30;
const MAX_OVERDUE = 10;
const MAX_MEMBERS = 6;
/** The table shows the most recent months only; JSON and HTML have them all. */
const MAX_MONTHS = 24;

/**
 * The report as text for a terminal: headed blocks of aligned columns, fitting 80 columns
 * except for long file names. Colour (bold headings, dim notes) comes from `paint`, which is
 * plain when NO_COLOR is set or the output is not a terminal.
 */
export function formatStatsTable(report: StatsReport, paint: Paint): string {
  const out: string[] = [];
  const heading = (text: string): void => {
    out.push('', paint.bold(text));
  };
  const unreadable = report.files.unreadable.length;
  out.push(
    `${paint.bold(plural(report.count, 'postmortem'))}` +
      (unreadable > 0 ? ` · ${paint.yellow(`${unreadable} unreadable`)}` : '') +
      paint.dim(` · today ${report.today}`),
  );
  if (report.count === 0) {
    out.push(paint.dim('No postmortems found: nothing to measure.'));
    pushUnreadable(out, report, heading);
    return `${out.join('\n')}\n`;
  }

  heading('Incident metrics');
  out.push(...metricTable(report));
  const gaps = gapNotes(report);
  if (gaps.length > 0) out.push('', paint.dim('  Not measured:'), ...gaps.map((g) => paint.dim(g)));

  heading('Severity');
  const sev = report.severity;
  out.push(
    `  critical ${sev.critical} · high ${sev.high} · medium ${sev.medium} · low ${sev.low} · unknown ${sev.unknown}`,
  );

  heading('Incidents per month');
  const shown = report.perMonth.slice(-MAX_MONTHS);
  const earlier = report.perMonth.length - shown.length;
  if (earlier > 0) {
    const count = report.perMonth.slice(0, earlier).reduce((sum, m) => sum + m.count, 0);
    out.push(paint.dim(`  ${plural(count, 'incident')} in ${earlier} earlier months not shown`));
  }
  const most = Math.max(1, ...shown.map((m) => m.count));
  const months = shown.map((m) => [
    m.month,
    String(m.count),
    '█'.repeat(Math.max(1, Math.round((m.count / most) * BAR_WIDTH))),
  ]);
  if (report.undated > 0) months.push(['undated', String(report.undated), '']);
  out.push(...textTable(months, ['left', 'right', 'left']));

  if (report.services.length > 0) {
    heading('Top services');
    out.push(...textTable(topCounts(report.services), ['left', 'right']));
  }
  if (report.teams.length > 0) {
    heading('Top teams');
    out.push(...textTable(topCounts(report.teams), ['left', 'right']));
  }

  pushFactors(out, report, heading, paint);
  pushClusters(out, report, heading, paint);
  pushActionItems(out, report, heading, paint);
  if (report.groups) pushGroups(out, report, report.groups, heading);
  pushUnreadable(out, report, heading);
  return `${out.join('\n')}\n`;
}

function metricTable(stats: ReportStats): string[] {
  const rows = [['Metric', 'Coverage', '', 'Mean', 'Median', 'p90', 'Min', 'Max']];
  for (const name of METRIC_NAMES) {
    const m = stats.metrics[name];
    rows.push([
      METRIC_LABELS[name],
      `${m.n}/${stats.count}`,
      percentText(stats.count === 0 ? null : m.n / stats.count),
      minutesText(m.mean),
      minutesText(m.median),
      minutesText(m.p90),
      minutesText(m.min),
      minutesText(m.max),
    ]);
  }
  return textTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
}

function gapNotes(report: StatsReport): string[] {
  const notes: string[] = [];
  for (const name of METRIC_NAMES) {
    const missing = report.metrics[name].missing;
    const parts = METRIC_GAPS.filter((g) => missing[g] > 0).map(
      (g) => `${missing[g]} ${GAP_LABELS[g]}`,
    );
    if (parts.length > 0) notes.push(`    ${METRIC_LABELS[name]}: ${parts.join(', ')}`);
  }
  return notes;
}

function topCounts(counts: readonly { name: string; count: number }[]): string[][] {
  const rows = counts.slice(0, TOP).map((c) => [clip(c.name, 40), String(c.count)]);
  if (counts.length > TOP) rows.push([`… ${counts.length - TOP} more`, '']);
  return rows;
}

type Heading = (text: string) => void;

function pushFactors(out: string[], report: StatsReport, heading: Heading, paint: Paint): void {
  const used = report.factors.categories.filter((c) => c.factors > 0);
  if (used.length === 0) return;
  heading('Contributing factors');
  out.push(
    ...textTable(
      used
        .slice(0, TOP + 3)
        .map((c) => [
          c.category,
          plural(c.factors, 'factor'),
          `in ${plural(c.incidents, 'incident')}`,
        ]),
      ['left', 'right', 'left'],
    ),
  );
  const notes: string[] = [];
  if (report.factors.inferred > 0)
    notes.push(`${report.factors.inferred} categorised from their wording`);
  if (report.factors.fromRootCause > 0) {
    notes.push(
      `${report.factors.fromRootCause} incidents counted by their cause (no factors listed)`,
    );
  }
  if (notes.length > 0) out.push(paint.dim(`  ${notes.join('; ')}`));
}

function pushClusters(out: string[], report: StatsReport, heading: Heading, paint: Paint): void {
  heading('Recurring root causes');
  if (report.recurringRootCauses.length === 0) {
    out.push(paint.dim('  No two incidents state a similar cause.'));
    return;
  }
  for (const cluster of report.recurringRootCauses.slice(0, TOP)) {
    out.push(
      `  ${cluster.label.join(' · ')} ${paint.dim(`(${plural(cluster.members.length, 'incident')})`)}`,
    );
    const members = cluster.members.slice(0, MAX_MEMBERS);
    out.push(...textTable(members.map(refRow), ['left', 'left', 'left'], '    '));
    const hidden = cluster.members.length - members.length;
    if (hidden > 0) out.push(paint.dim(`    … ${hidden} more`));
  }
  const more = report.recurringRootCauses.length - TOP;
  if (more > 0) out.push(paint.dim(`  … ${plural(more, 'more cluster')} (see --json or --html)`));
}

function pushActionItems(out: string[], report: StatsReport, heading: Heading, paint: Paint): void {
  const items = report.actionItems;
  heading('Action items');
  if (items.total === 0) {
    out.push(paint.dim('  No action items.'));
    return;
  }
  const s = items.byStatus;
  out.push(
    `  ${plural(items.total, 'item')}: ${s.done} done, ${s['in-progress']} in progress, ${s.open} open, ${s['wont-do']} won't do`,
    `  Completion ${percentText(items.completionRate)} (not counting won't do) · ${items.overdue} overdue on ${report.today}`,
    `  ${items.withOwner} with an owner · ${items.withDueDate} with a due date`,
    paint.dim(
      `  Time to close: not known (no closing dates are recorded)` +
        (items.plannedDays.median === null
          ? ''
          : ` · median time allowed ${plural(Math.round(items.plannedDays.median), 'day')}`) +
        (items.openAgeDays.median === null
          ? ''
          : ` · open items' median age ${plural(Math.round(items.openAgeDays.median), 'day')}`),
    ),
  );
  if (items.overdueItems.length > 0) {
    out.push('', '  Overdue:');
    const rows = items.overdueItems
      .slice(0, MAX_OVERDUE)
      .map((o) => [`${o.daysOverdue} d`, clip(o.title, 40), o.owner ?? '–', o.incident.file]);
    out.push(...textTable(rows, ['right', 'left', 'left', 'left'], '    '));
    const more = items.overdueItems.length - MAX_OVERDUE;
    if (more > 0) out.push(paint.dim(`    … ${more} more`));
  }
  if (report.recurrences.length > 0) {
    out.push('', '  Recurred although the earlier incident’s actions were all done:');
    for (const r of report.recurrences.slice(0, TOP)) {
      out.push(
        `    ${r.incident.day ?? '?'}  ${r.incident.file}  after  ${r.earlier.day ?? '?'}  ${r.earlier.file}` +
          paint.dim(`  (${plural(r.doneItems, 'item')} done)`),
      );
    }
  }
}

function pushGroups(
  out: string[],
  report: StatsReport,
  groups: NonNullable<StatsReport['groups']>,
  heading: Heading,
): void {
  heading(`By ${report.groupBy ?? 'group'}`);
  const rows = [['Group', 'Count', 'Detect (median)', 'Resolve (median)', 'Resolve (p90)']];
  for (const g of groups) {
    rows.push([
      clip(groupName(g.key), 30),
      String(g.count),
      minutesText(g.metrics.timeToDetect.median),
      minutesText(g.metrics.timeToResolve.median),
      minutesText(g.metrics.timeToResolve.p90),
    ]);
  }
  out.push(...textTable(rows, ['left', 'right', 'right', 'right', 'right']));
}

function pushUnreadable(out: string[], report: StatsReport, heading: Heading): void {
  if (report.files.unreadable.length === 0) return;
  heading('Unreadable files');
  for (const u of report.files.unreadable) out.push(`  ${u.file}: ${u.reason}`);
}

function refRow(ref: FileRef): string[] {
  return [ref.day ?? '(no date)', ref.file, clip(ref.title, 50)];
}
