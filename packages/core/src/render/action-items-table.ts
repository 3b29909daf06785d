import type { ActionItem } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { badge, scrollable, timeElement } from './html-fragments.js';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, PRIORITY_LABELS } from './labels.js';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.js';
import { safeUrl } from './safe-url.js';

interface Column {
  header: string;
  /** Optional columns are dropped when no item has a value, to keep the table narrow. */
  optional: boolean;
  cell: (item: ActionItem) => string;
}

const COLUMNS: readonly Column[] = [
  { header: 'Action', optional: false, cell: actionCell },
  {
    header: 'Type',
    optional: true,
    cell: (item) => (item.type ? escapeHtml(ACTION_TYPE_LABELS[item.type]) : ''),
  },
  { header: 'Owner', optional: true, cell: (item) => escapeHtml(item.owner ?? '') },
  {
    header: 'Due',
    optional: true,
    cell: (item) => (item.due ? timeElement(item.due, item.due) : ''),
  },
  {
    header: 'Status',
    optional: false,
    cell: (item) => badge(`status-${item.status}`, ACTION_STATUS_LABELS[item.status]),
  },
  {
    header: 'Priority',
    optional: true,
    cell: (item) =>
      item.priority ? badge(`priority-${item.priority}`, PRIORITY_LABELS[item.priority]) : '',
  },
  { header: 'Link', optional: true, cell: linkCell },
];

/** The action items as a table: what, what for, who, by when, where it stands, where tracked. */
export function renderActionItemsTable(items: readonly ActionItem[]): string {
  if (items.length === 0) return '';
  const columns = COLUMNS.filter((c) => !c.optional || items.some((item) => c.cell(item) !== ''));
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join('');
  const rows = items.map(
    (item) => `<tr>${columns.map((c) => `<td>${c.cell(item)}</td>`).join('')}</tr>`,
  );
  return scrollable(
    [
      '<table class="action-items">',
      `<thead><tr>${head}</tr></thead>`,
      `<tbody>${rows.join('\n')}</tbody>`,
      '</table>',
    ].join('\n'),
  );
}

function actionCell(item: ActionItem): string {
  const notes = item.notes?.trim()
    ? `<div class="action-notes">${renderMarkdown(item.notes)}</div>`
    : '';
  return `${renderInlineMarkdown(item.title)}${notes}`;
}

/**
 * A tracker link is clickable only when it is an absolute web or mail address; anything
 * else (`OPS-123`) is shown as text rather than turned into a relative link.
 */
function linkCell(item: ActionItem): string {
  if (!item.link) return '';
  const url = safeUrl(item.link, 'link');
  if (url === undefined || !/^(https?:\/\/|mailto:)/i.test(url)) return escapeHtml(item.link);
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(shortLink(url))}</a>`;
}

function shortLink(url: string): string {
  const bare = url.replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return bare.length > 40 ? `${bare.slice(0, 39)}…` : bare;
}
