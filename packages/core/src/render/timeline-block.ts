import type { TimelineEntry } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { scrollable } from './html-fragments.js';
import { renderInlineMarkdown } from './render-markdown.js';
import { TIMELINE_KIND_STYLES } from './timeline-kinds.js';
import { renderTimelineSvg } from './timeline-svg.js';

/**
 * The timeline as a diagram (when at least two entries have a time) followed by the full
 * list, numbered like the diagram's labels. Every entry is listed, timed or not, with its
 * time exactly as the author wrote it.
 */
export function renderTimelineBlock(entries: readonly TimelineEntry[], idPrefix: string): string {
  if (entries.length === 0) return '';
  const svg = renderTimelineSvg(entries, { idPrefix });
  const rows = entries.map((entry, i) => {
    const style = TIMELINE_KIND_STYLES[entry.kind];
    const written = entry.time.trim();
    const time =
      written === ''
        ? '<span title="No time given">—</span>'
        : entry.at === undefined
          ? escapeHtml(written)
          : `<time datetime="${escapeHtml(entry.at)}">${escapeHtml(written)}</time>`;
    return [
      '<tr>',
      `<td>${i + 1}</td>`,
      `<td class="time">${time}</td>`,
      `<td><span class="badge kind kind-${escapeHtml(entry.kind)}">${escapeHtml(style.label)}</span></td>`,
      `<td>${renderInlineMarkdown(entry.text)}</td>`,
      '</tr>',
    ].join('');
  });
  const table = [
    '<table class="timeline-table">',
    '<thead><tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">What happened</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
  const chart = svg === '' ? '' : `<figure class="timeline-chart">${svg}</figure>\n`;
  return `${chart}${scrollable(table)}`;
}
