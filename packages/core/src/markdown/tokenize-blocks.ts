import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Block, ListItem, TableRow } from './block.js';
import { decodeEntities } from '../text/inline-text.js';

// Only the block structure is needed: inline parsing is most of markdown-it's time, and the
// inline text is read by our own, narrower rules.
const md = new MarkdownIt({ html: true });
// The text is normalised before it gets here, and link reference definitions carry no structure.
md.core.ruler.disable([
  'normalize',
  'inline',
  'linkify',
  'replacements',
  'smartquotes',
  'text_join',
]);
md.block.ruler.disable(['reference']);

/**
 * Splits Markdown into line-addressed blocks. `offset` is the 0-based line where `text`
 * starts in the whole document (after front matter), so block lines are document lines.
 */
export function tokenizeBlocks(text: string, offset = 0): Block[] {
  const tokens = md.parse(text, {});
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const [s, e] = t.map ?? [0, 0];
    const start = s + offset;
    const end = e + offset;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        blocks.push({
          type: 'heading',
          start,
          end,
          level: Number(t.tag.slice(1)),
          text: inline?.content ?? '',
        });
        i += 3;
        continue;
      }
      case 'paragraph_open': {
        blocks.push({ type: 'paragraph', start, end, text: tokens[i + 1]?.content ?? '' });
        i += 3;
        continue;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const close = findClose(tokens, i);
        const items = readListItems(tokens, i + 1, close, offset);
        blocks.push({ type: 'list', start, end, ordered: t.type === 'ordered_list_open', items });
        i = close + 1;
        continue;
      }
      case 'table_open': {
        const close = findClose(tokens, i);
        blocks.push({ type: 'table', start, end, ...readTable(tokens, i, close, offset) });
        i = close + 1;
        continue;
      }
      case 'blockquote_open': {
        blocks.push({ type: 'blockquote', start, end });
        i = findClose(tokens, i) + 1;
        continue;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', start, end, fenced: t.type === 'fence', text: t.content });
        break;
      case 'hr':
        blocks.push({ type: 'hr', start, end });
        break;
      case 'html_block':
        splitHtmlBlock(lines, s, e, offset, blocks);
        break;
      default:
        break;
    }
    i++;
  }
  return blocks;
}

/** Index of the token that closes the one at `open` (same nesting level). */
function findClose(tokens: Token[], open: number): number {
  const level = (tokens[open] as Token).level;
  const closeType = (tokens[open] as Token).type.replace('_open', '_close');
  for (let j = open + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.level === level && t.type === closeType) return j;
  }
  return tokens.length - 1;
}

const TASK = /^\[([ xX])\]\s+/;

function readListItems(tokens: Token[], from: number, to: number, offset: number): ListItem[] {
  const items: ListItem[] = [];
  let j = from;
  while (j < to) {
    const t = tokens[j] as Token;
    if (t.type !== 'list_item_open') {
      j++;
      continue;
    }
    const close = findClose(tokens, j);
    const [s, e] = t.map ?? [0, 0];
    const item: ListItem = { start: s + offset, end: e + offset, text: '', children: [] };
    let sawText = false;
    for (let k = j + 1; k < close; k++) {
      const c = tokens[k] as Token;
      if (!sawText && c.type === 'inline') {
        const task = TASK.exec(c.content);
        if (task) {
          item.checked = task[1] !== ' ';
          item.text = c.content.slice(task[0].length);
        } else {
          item.text = c.content;
        }
        sawText = true;
      } else if (c.type === 'bullet_list_open' || c.type === 'ordered_list_open') {
        const listClose = findClose(tokens, k);
        item.children.push(...readListItems(tokens, k + 1, listClose, offset));
        k = listClose;
      }
    }
    items.push(item);
    j = close + 1;
  }
  return items;
}

function readTable(
  tokens: Token[],
  open: number,
  close: number,
  offset: number,
): { header: string[]; rows: TableRow[] } {
  const header: string[] = [];
  const rows: TableRow[] = [];
  let inHead = false;
  let row: TableRow | undefined;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open' && !inHead) {
      row = { line: (t.map?.[0] ?? 0) + offset, cells: [] };
      rows.push(row);
    } else if (t.type === 'inline') {
      if (inHead) header.push(t.content.trim());
      else row?.cells.push(t.content.trim());
    }
  }
  return { header, rows };
}

const HTML_HEADING = /^\s*(?:<[^>]+>\s*)*<h([1-6])\b[^>]*>([\s\S]*?)(?:<\/h\1\s*>|$)/i;
const TAG = /<\/?[a-zA-Z][^>]*>?|<!--[\s\S]*?-->/g;

/**
 * Raw HTML headings start a section just like Markdown ones; other HTML lines keep their raw
 * form for the body and expose their visible text for timeline and label recovery.
 */
function splitHtmlBlock(lines: string[], s: number, e: number, offset: number, out: Block[]) {
  let segment: Extract<Block, { type: 'html' }> | undefined;
  for (let k = s; k < e; k++) {
    const raw = lines[k] ?? '';
    const heading = HTML_HEADING.exec(raw);
    if (heading) {
      segment = undefined;
      out.push({
        type: 'heading',
        start: k + offset,
        end: k + offset + 1,
        level: Number(heading[1]),
        text: decodeEntities((heading[2] ?? '').replace(TAG, ' ')).trim(),
        html: true,
      });
      continue;
    }
    if (!segment) {
      segment = { type: 'html', start: k + offset, end: k + offset + 1, lines: [] };
      out.push(segment);
    }
    segment.end = k + offset + 1;
    segment.lines.push({ line: k + offset, text: raw.replace(TAG, ' ').trim(), raw });
  }
}
