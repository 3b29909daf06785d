import { inlineText } from '@hindsight/core/markdown';
import type { ParseReport } from '@hindsight/core/markdown';
import { INCIDENT_TIME_KEYS } from '@hindsight/core';
import type { DerivedInstant } from '@hindsight/core/metrics';
import { formatDuration } from '@hindsight/core/time';
import type { Paint } from '../io.js';
import { formatDiagnostic } from './format-diagnostic.js';

const TIME_LABELS: Record<(typeof INCIDENT_TIME_KEYS)[number], string> = {
  impactStarted: 'impact started',
  detected: 'detected',
  responded: 'responded',
  mitigated: 'mitigated',
  resolved: 'resolved',
};

/** Widest text shown for a timeline entry before it is cut with an ellipsis. */
const ENTRY_TEXT_WIDTH = 72;

/**
 * The readable form of `hindsight parse`: what Hindsight understood of the document, then
 * each diagnostic as `FILE:LINE  severity  message  (code)`.
 */
export function formatParseSummary(report: ParseReport, name: string, paint: Paint): string {
  const out: string[] = [];
  const field = (label: string, value: string) =>
    out.push(`  ${paint.dim(label.padEnd(14))}${value}`);
  out.push(paint.bold(report.title));
  field('file', name);
  field('date', report.date ?? paint.dim('not found'));
  field('severity', report.model.severity ?? paint.dim('not stated'));
  field('status', report.model.status);
  field('time zone', report.zone ?? paint.dim('not stated'));
  field(
    'duration',
    report.durationMinutes === null ? paint.dim('unknown') : formatDuration(report.durationMinutes),
  );
  field('front matter', report.frontMatter === 'none' ? 'none' : report.frontMatter.toUpperCase());
  field('words', String(report.wordCount));

  out.push('', paint.bold('Incident times'));
  for (const key of INCIDENT_TIME_KEYS) {
    const instant = report.incidentTimes[key];
    const value = instant
      ? `${formatInstant(instant)}  ${paint.dim(`(${instant.source})`)}`
      : paint.dim('not found');
    out.push(`  ${TIME_LABELS[key].padEnd(16)}${value}`);
  }

  out.push('', paint.bold(`Sections (${report.sections.length})`));
  const kindWidth = Math.max(0, ...report.sections.map((s) => s.kind.length));
  for (const s of report.sections) {
    const indent = '  '.repeat(Math.max(0, s.level - 1));
    const heading = s.level === 0 ? paint.dim('(text before the first heading)') : s.heading;
    out.push(
      `  ${paint.dim(`line ${String(s.line).padStart(4)}`)}  ${s.kind.padEnd(kindWidth)}  ${indent}${heading}`,
    );
  }

  out.push('', paint.bold(`Timeline (${count(report.timeline.length, 'entry', 'entries')})`));
  const first = report.timeline[0];
  const last = report.timeline[report.timeline.length - 1];
  if (first) out.push(formatEntry('first', first, paint));
  if (last && last !== first) out.push(formatEntry('last', last, paint));

  const done = report.actionItems.filter((a) => a.status === 'done').length;
  const owned = report.actionItems.filter((a) => a.owner !== undefined).length;
  out.push(
    '',
    `${paint.bold('Action items')} ${report.actionItems.length}` +
      (report.actionItems.length > 0 ? paint.dim(`  (${owned} with an owner, ${done} done)`) : ''),
  );

  out.push('');
  if (report.diagnostics.length === 0) {
    out.push(paint.green('No problems found.'));
  } else {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    const infos = report.diagnostics.length - errors - warnings;
    out.push(
      paint.bold('Diagnostics') +
        ` ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}, ${infos} info`,
    );
    const sorted = [...report.diagnostics].sort(
      (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
    );
    for (const d of sorted) out.push(formatDiagnostic(name, d, paint));
  }
  return `${out.join('\n')}\n`;
}

/** `2024-06-20 14:00 UTC`: the wall time as written, with its zone (or its offset). */
function formatInstant(instant: DerivedInstant): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(instant.at);
  if (!m) return instant.at;
  const seconds = m[3] && m[3] !== ':00' ? m[3] : '';
  const zone = instant.zone ?? (m[4] === 'Z' ? 'UTC' : m[4] ? `UTC${m[4]}` : 'zone unknown');
  return `${m[1]} ${m[2]}${seconds} ${zone}`;
}

function formatEntry(label: string, entry: ParseReport['timeline'][number], paint: Paint): string {
  const time = entry.time === '' ? paint.dim('(no time)') : entry.time;
  // The terminal shows plain text: emphasis marks and tags would only be noise there.
  const text = inlineText(entry.text.replace(/\s+/g, ' '));
  const short = text.length > ENTRY_TEXT_WIDTH ? `${text.slice(0, ENTRY_TEXT_WIDTH - 1)}…` : text;
  return `  ${paint.dim(`${label.padEnd(5)} line ${String(entry.line).padStart(4)}`)}  ${time}  ${paint.cyan(entry.kind)}  ${short}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
