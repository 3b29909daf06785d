import type { FollowUp } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { badge, definition, nameList, timeElement } from './html-fragments.js';

/** A problem found in the source document, as the parser or linter reports it. */
export interface RenderDiagnostic {
  severity: string;
  message: string;
  line: number;
}

/** When the follow-up review is and who attends; '' when neither is known. */
export function renderFollowUp(followUp: FollowUp): string {
  const items = [
    followUp.reviewDate
      ? definition('Review date', timeElement(followUp.reviewDate, followUp.reviewDate))
      : '',
    followUp.attendees.length > 0 ? definition('Attendees', nameList(followUp.attendees)) : '',
  ].filter(Boolean);
  return items.length === 0 ? '' : `<dl class="meta follow-up">${items.join('')}</dl>`;
}

const KNOWN_SEVERITIES = new Set(['error', 'warning', 'info']);

/** Findings about the document, in line order, each with its severity and line. */
export function renderFindings(diagnostics: readonly RenderDiagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const items = [...diagnostics]
    .sort((a, b) => a.line - b.line)
    .map((d) => {
      const severity = KNOWN_SEVERITIES.has(d.severity) ? d.severity : 'other';
      return (
        `<li class="finding-${severity}">${badge(`finding-${severity}`, d.severity)} ` +
        `Line ${escapeHtml(String(d.line))}: ${escapeHtml(d.message)}</li>`
      );
    });
  return `<ul class="findings">\n${items.join('\n')}\n</ul>`;
}
