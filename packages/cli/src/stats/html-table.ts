import { escapeHtml } from '@hindsight/core/render';

/** A table cell: text (escaped here), marked numeric to be right-aligned. */
export interface Cell {
  text: string;
  num?: boolean;
}

/** A cell from a string, or a numeric one from a number or `{ num }` cell. */
export function cell(value: string | number | Cell): Cell {
  if (typeof value === 'number') return { text: String(value), num: true };
  return typeof value === 'string' ? { text: value } : value;
}

/** A numeric cell whose text is given (a duration, a percentage). */
export function num(text: string): Cell {
  return { text, num: true };
}

/** An HTML table, every cell escaped, wrapped so that a wide one scrolls on a phone. */
export function htmlTable(
  head: readonly (string | Cell)[],
  rows: readonly (readonly (string | number | Cell)[])[],
): string {
  const td = (tag: 'th' | 'td', c: Cell): string =>
    `<${tag}${c.num ? ' class="num"' : ''}>${escapeHtml(c.text)}</${tag}>`;
  const header = `<tr>${head.map((h) => td('th', cell(h))).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => td('td', cell(c))).join('')}</tr>`).join('\n');
  return `<div class="table-scroll"><table>\n<thead>${header}</thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
