import { escapeHtml } from '@hindsight/core/render';
import { htmlTable, num } from './html-table.js';
import { groupName, minutesText, percentText, plural } from './stats-labels.js';
import type { FileRef, StatsReport } from './stats-report.js';

const MAX_CLUSTERS = 20;
const MAX_MEMBERS = 20;
const MAX_OVERDUE = 50;
/** The incidents table lists the most recent ones up to this many. */
export const MAX_LISTED_INCIDENTS = 500;

/** Recurring root causes: each cluster with its first statement and its members. */
export function clustersHtml(report: StatsReport): string {
  const out = ['<h2 id="recurring">Recurring root causes</h2>'];
  if (report.recurringRootCauses.length === 0) {
    out.push('<p class="note">No two incidents state a similar cause.</p>');
    return out.join('\n');
  }
  const shown = report.recurringRootCauses.slice(0, MAX_CLUSTERS);
  for (const cluster of shown) {
    const [leader] = cluster.members;
    // The first occurrence's words stand for the cluster; others are shown where they differ.
    const members = cluster.members
      .slice(0, MAX_MEMBERS)
      .map((m) => {
        const own =
          m.cause === leader?.cause ? '' : `<br><span class="cause">${escapeHtml(m.cause)}</span>`;
        return `<li>${refHtml(m)}${own}</li>`;
      })
      .join('');
    const hidden = cluster.members.length - MAX_MEMBERS;
    out.push(
      `<section class="cluster"><h3>${escapeHtml(cluster.label.join(' · '))} <span class="badge">${escapeHtml(plural(cluster.members.length, 'incident'))}</span></h3>` +
        `<p class="cause">${escapeHtml(`First stated: “${leader?.cause ?? ''}”`)}</p><ul>${members}</ul>` +
        (hidden > 0 ? `<p class="note">${escapeHtml(`… and ${hidden} more.`)}</p>` : '') +
        '</section>',
    );
  }
  const more = report.recurringRootCauses.length - shown.length;
  if (more > 0)
    out.push(
      `<p class="note">${escapeHtml(`${plural(more, 'smaller cluster')} not shown (see hindsight stats --json).`)}</p>`,
    );
  return out.join('\n');
}

/** Action-item counts, overdue items and recurrences after done actions. */
export function actionItemsHtml(report: StatsReport): string {
  const a = report.actionItems;
  const out = ['<h2 id="action-items">Action items</h2>'];
  if (a.total === 0) return [...out, '<p class="note">No action items.</p>'].join('\n');
  out.push(
    htmlTable(
      ['Status', num('Items')],
      [
        ['done', a.byStatus.done],
        ['in progress', a.byStatus['in-progress']],
        ['open', a.byStatus.open],
        ["won't do", a.byStatus['wont-do']],
      ],
    ),
    `<p>${escapeHtml(`Completion: ${percentText(a.completionRate)} of the items not marked won't do. Overdue on ${report.today}: ${a.overdue}.`)}</p>`,
    `<p class="note">${escapeHtml(
      'Time to close cannot be measured yet: the postmortems record no date on which an item was closed.' +
        (a.plannedDays.median === null
          ? ''
          : ` Teams allowed a median of ${plural(Math.round(a.plannedDays.median), 'day')} from the incident to the due date.`),
    )}</p>`,
  );
  if (a.overdueItems.length > 0) {
    out.push(
      '<h3>Overdue</h3>',
      htmlTable(
        ['Item', 'Owner', 'Due', num('Days late'), 'Postmortem'],
        a.overdueItems
          .slice(0, MAX_OVERDUE)
          .map((o) => [o.title, o.owner ?? '–', o.due, o.daysOverdue, o.incident.file]),
      ),
    );
  }
  if (report.recurrences.length > 0) {
    out.push(
      '<h3>Recurred although the actions were done</h3>',
      `<ul>${report.recurrences.map((r) => `<li>${refHtml(r.incident)} after ${refHtml(r.earlier)} (${escapeHtml(plural(r.doneItems, 'item'))} done)</li>`).join('')}</ul>`,
    );
  }
  return out.join('\n');
}

/** The statistics of each group, for `--group-by`. */
export function groupsHtml(report: StatsReport, list: NonNullable<StatsReport['groups']>): string {
  return [
    `<h2 id="groups">By ${escapeHtml(report.groupBy ?? 'group')}</h2>`,
    htmlTable(
      [
        'Group',
        num('Incidents'),
        num('Detect (median)'),
        num('Resolve (median)'),
        num('Resolve (p90)'),
      ],
      list.map((g) => [
        groupName(g.key),
        g.count,
        num(minutesText(g.metrics.timeToDetect.median)),
        num(minutesText(g.metrics.timeToResolve.median)),
        num(minutesText(g.metrics.timeToResolve.p90)),
      ]),
    ),
  ].join('\n');
}

/** Every incident with its main metrics, most recent first. */
export function incidentsHtml(report: StatsReport): string {
  // Most recent first; undated ones last, in file order.
  const listed = [...report.incidents]
    .sort((a, b) =>
      a.day === b.day ? 0 : a.day === null ? 1 : b.day === null ? -1 : a.day < b.day ? 1 : -1,
    )
    .slice(0, MAX_LISTED_INCIDENTS);
  const more = report.incidents.length - listed.length;
  return [
    '<h2 id="incidents">Incidents</h2>',
    htmlTable(
      ['Date', 'Title', 'Severity', num('Detect'), num('Resolve'), num('Duration'), 'File'],
      listed.map((i) => [
        i.day ?? '–',
        i.title,
        i.severity ?? '–',
        num(minutesText(i.metrics.timeToDetect.minutes)),
        num(minutesText(i.metrics.timeToResolve.minutes)),
        num(minutesText(i.metrics.duration.minutes)),
        i.file,
      ]),
    ),
    more > 0
      ? `<p class="note">${escapeHtml(`… and ${more} older ones (see hindsight stats --json).`)}</p>`
      : '',
  ].join('\n');
}

function refHtml(ref: FileRef): string {
  return `<strong>${escapeHtml(ref.title)}</strong> <span class="note">(${escapeHtml(ref.day ?? 'no date')}, <code>${escapeHtml(ref.file)}</code>)</span>`;
}
