import { INCIDENT_TIME_KEYS } from '../model/index.js';
import type { IncidentTimes, Postmortem } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { formatDuration } from '../time/format-duration.js';
import { formatCount, formatInstant, formatPercent } from './format-values.js';
import { badge, definition, heading, nameList, timeElement } from './html-fragments.js';
import {
  DEGRADATION_LABELS,
  DETECTION_SOURCE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from './labels.js';

const INCIDENT_TIME_LABELS: Readonly<Record<keyof IncidentTimes, string>> = {
  impactStarted: 'Impact began',
  detected: 'Detected',
  responded: 'Responded',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** The page title and the document's metadata (who, when, how bad, what state). */
export function renderPageHeader(model: Postmortem, titleId: string): string {
  const items: string[] = [];
  const add = (term: string, valueHtml: string | undefined): void => {
    if (valueHtml) items.push(definition(term, valueHtml));
  };
  add('Date', model.date && timeElement(model.date, model.date));
  add(
    'Severity',
    model.severity && badge(`severity-${model.severity}`, SEVERITY_LABELS[model.severity]),
  );
  add('Status', badge(`status-${model.status}`, STATUS_LABELS[model.status]));
  add('Authors', nameList(model.authors));
  add('Reviewers', nameList(model.reviewers));
  add('Services', nameList(model.services));
  add('Teams', nameList(model.teams));
  add(
    'Duration',
    model.durationMinutes === undefined
      ? undefined
      : escapeHtml(formatDuration(model.durationMinutes)),
  );
  add('Time zone', model.timezone && escapeHtml(model.timezone));
  add('Published', model.published && timeElement(model.published, model.published));
  add('Tags', nameList(model.tags));
  return [
    '<header class="page-header">',
    heading(1, titleId, escapeHtml(model.title)),
    `<dl class="meta">${items.join('')}</dl>`,
    '</header>',
  ].join('\n');
}

/**
 * The numbers and moments a reader looks for first: who was hurt and how much, how it was
 * noticed, the short cause statements, and the incident's key times in their own zone.
 * Returns '' when the model holds none of them.
 */
export function renderKeyFacts(model: Postmortem, headingId: string): string {
  const facts: string[] = [];
  const add = (term: string, valueHtml: string | undefined): void => {
    if (valueHtml) facts.push(definition(term, valueHtml));
  };
  const impact = model.impact;
  const users = [
    impact.usersAffectedPercent === undefined ? '' : formatPercent(impact.usersAffectedPercent),
    impact.usersAffectedCount === undefined
      ? ''
      : `${formatCount(impact.usersAffectedCount)} users`,
  ].filter(Boolean);
  add(
    'Users affected',
    users.length === 2 ? escapeHtml(`${users[0]} (${users[1]})`) : escapeHtml(users[0] ?? ''),
  );
  add('Customers affected', count(impact.customersAffected));
  add('Failed requests', count(impact.failedRequests));
  add('Revenue', impact.revenue && escapeHtml(impact.revenue));
  add('Services affected', nameList(impact.servicesAffected));
  add('Degradation', impact.degradation && escapeHtml(DEGRADATION_LABELS[impact.degradation]));
  add('Support tickets', count(impact.supportTickets));
  add('On-call pages', count(impact.onCallPages));
  add(
    'Engineering time',
    impact.engineeringHours === undefined ? undefined : escapeHtml(`${impact.engineeringHours} h`),
  );
  const detection = [
    model.detection.source && DETECTION_SOURCE_LABELS[model.detection.source],
    model.detection.method,
  ].filter(Boolean);
  add('Detected by', escapeHtml(detection.join(': ')));
  add('Trigger', model.rootCause.trigger && escapeHtml(model.rootCause.trigger));
  add(
    'Immediate cause',
    model.rootCause.immediateCause && escapeHtml(model.rootCause.immediateCause),
  );
  add('Root cause', model.rootCause.rootCause && escapeHtml(model.rootCause.rootCause));
  for (const key of INCIDENT_TIME_KEYS) {
    const instant = model.incident[key];
    if (!instant) continue;
    const { text, datetime } = formatInstant(instant);
    add(INCIDENT_TIME_LABELS[key], timeElement(datetime, text));
  }
  if (facts.length === 0) return '';
  return [
    `<section class="key-facts" aria-labelledby="${escapeHtml(headingId)}">`,
    heading(2, headingId, 'Key facts'),
    `<dl class="facts">${facts.join('')}</dl>`,
    '</section>',
  ].join('\n');
}

function count(n: number | undefined): string | undefined {
  return n === undefined ? undefined : escapeHtml(formatCount(n));
}
