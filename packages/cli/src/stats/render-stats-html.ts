import { CONTENT_SECURITY_POLICY, escapeHtml } from '@hindsight/core/render';
import { METRIC_GAPS, METRIC_NAMES } from '@hindsight/core/metrics';
import { factorBarsSvg } from './factor-bars-svg.js';
import { htmlTable, num } from './html-table.js';
import { metricTrendSvg } from './metric-trend-svg.js';
import { monthRange } from './chart-kit.js';
import { MAX_MONTHS, SEVERITY_ORDER, monthBarsSvg } from './month-bars-svg.js';
import { REPORT_STYLES } from './report-styles.js';
import { actionItemsHtml, clustersHtml, groupsHtml, incidentsHtml } from './stats-html-sections.js';
import { GAP_LABELS, METRIC_LABELS, minutesText, percentText, plural } from './stats-labels.js';
import type { StatsReport } from './stats-report.js';

export interface StatsHtmlOptions {
  /** Shown in the footer and as the generator meta tag, e.g. `hindsight 0.1.0`. */
  generator?: string;
  /** Where the postmortems came from, as the user named it, for the subtitle. */
  source?: string;
}

const TOP = 10;

/**
 * The report as one standalone HTML page for people who will not run a command: key
 * figures, SVG charts (incidents per month by severity, time to detect and resolve over
 * time, factor categories) and tables. Every piece of text from the documents is escaped;
 * the page has no scripts, and its content security policy would block any.
 */
export function renderStatsHtml(report: StatsReport, options: StatsHtmlOptions = {}): string {
  const e = escapeHtml;
  const body: string[] = [];
  const from = report.perMonth[0]?.month;
  const to = report.perMonth[report.perMonth.length - 1]?.month;
  body.push(
    '<header>',
    '<h1>Incident report</h1>',
    `<p class="subtitle">${e(plural(report.count, 'postmortem'))}${options.source ? ` from ${e(options.source)}` : ''}${from && to ? `, ${e(from)} to ${e(to)}` : ''}. Figures as of ${e(report.today)}.</p>`,
    '</header>',
    keyFacts(report),
  );

  const months = monthBarsSvg(report.perMonth);
  body.push('<h2 id="per-month">Incidents per month</h2>');
  const monthCount = from && to ? monthRange(from, to).length : 0;
  if (monthCount > MAX_MONTHS) {
    body.push(
      `<p class="note">${escapeHtml(`The charts show the last ${MAX_MONTHS} of ${monthCount} months.`)}</p>`,
    );
  }
  body.push(
    months
      ? `<figure class="chart">${months}</figure>`
      : '<p class="note">No incident has a date.</p>',
  );
  if (report.undated > 0)
    body.push(
      `<p class="note">${e(plural(report.undated, 'incident'))} without a date ${report.undated === 1 ? 'is' : 'are'} not shown.</p>`,
    );

  body.push('<h2 id="metrics">Time to detect, respond, mitigate and resolve</h2>');
  const trend = metricTrendSvg(report.trend);
  if (trend) body.push(`<figure class="chart">${trend}</figure>`);
  body.push(metricsTable(report), gapList(report));

  body.push('<h2 id="severity">Severity mix</h2>');
  body.push(
    htmlTable(
      ['Severity', num('Incidents'), num('Share')],
      SEVERITY_ORDER.map((level) => [
        level === 'unknown' ? 'not stated' : level,
        report.severity[level],
        num(percentText(report.count === 0 ? null : report.severity[level] / report.count)),
      ]),
    ),
  );

  if (report.services.length > 0) {
    body.push('<h2 id="services">Services most often affected</h2>');
    body.push(
      htmlTable(
        ['Service', num('Incidents')],
        report.services.slice(0, TOP).map((s) => [s.name, s.count]),
      ),
    );
  }

  body.push('<h2 id="factors">Contributing factors</h2>');
  const factors = factorBarsSvg(report.factors.categories);
  body.push(
    factors
      ? `<figure class="chart">${factors}</figure>`
      : '<p class="note">No contributing factors are listed.</p>',
  );
  if (report.factors.fromRootCause > 0 || report.factors.inferred > 0) {
    body.push(
      `<p class="note">${e(`${plural(report.factors.inferred, 'factor')} categorised from their wording; ${plural(report.factors.fromRootCause, 'incident')} with no factors listed, counted by their stated cause.`)}</p>`,
    );
  }

  body.push(clustersHtml(report), actionItemsHtml(report));
  if (report.groups) body.push(groupsHtml(report, report.groups));
  body.push(incidentsHtml(report));
  if (report.files.unreadable.length > 0) {
    body.push(
      '<h2 id="unreadable">Files that could not be read</h2>',
      `<ul>${report.files.unreadable.map((u) => `<li><code>${e(u.file)}</code>: ${e(u.reason)}</li>`).join('')}</ul>`,
    );
  }
  const generator = options.generator
    ? `<meta name="generator" content="${e(options.generator)}">`
    : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    `${generator}<title>Incident report</title>`,
    `<style>${REPORT_STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    `<footer>Made by ${e(options.generator ?? 'hindsight')} stats. Each metric is defined in the Hindsight documentation (docs/metrics.md); coverage says how many incidents stated the moments it needs.</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function keyFacts(report: StatsReport): string {
  const m = report.metrics;
  const facts: [string, string][] = [
    ['Incidents', String(report.count)],
    ['Median time to detect', minutesText(m.timeToDetect.median)],
    ['Median time to resolve', minutesText(m.timeToResolve.median)],
    ['Action items done', percentText(report.actionItems.completionRate)],
    ['Overdue action items', String(report.actionItems.overdue)],
  ];
  return `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function metricsTable(report: StatsReport): string {
  return htmlTable(
    ['Metric', num('Coverage'), num('Mean'), num('Median'), num('p90'), num('Min'), num('Max')],
    METRIC_NAMES.map((name) => {
      const s = report.metrics[name];
      return [
        METRIC_LABELS[name],
        num(`${s.n} of ${report.count}`),
        num(minutesText(s.mean)),
        num(minutesText(s.median)),
        num(minutesText(s.p90)),
        num(minutesText(s.min)),
        num(minutesText(s.max)),
      ];
    }),
  );
}

function gapList(report: StatsReport): string {
  const items: string[] = [];
  for (const name of METRIC_NAMES) {
    const missing = report.metrics[name].missing;
    const parts = METRIC_GAPS.filter((g) => missing[g] > 0).map(
      (g) => `${missing[g]} ${GAP_LABELS[g]}`,
    );
    if (parts.length > 0)
      items.push(`<li>${escapeHtml(`${METRIC_LABELS[name]}: ${parts.join(', ')}`)}</li>`);
  }
  if (items.length === 0) return '';
  return `<p class="note">Incidents left out of a metric, and why:</p><ul class="note">${items.join('')}</ul>`;
}
