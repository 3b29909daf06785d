import type { ActionItem } from '../model/index.js';
import type { Block, ListItem } from './block.js';
import { classifyHeading } from './classify-heading.js';
import { coerceActionStatus, coerceActionType, coerceSeverity } from './coerce.js';
import { dedent } from './extract-timeline.js';
import { inlineText } from '../text/inline-text.js';
import { readLooseDate } from './read-loose-date.js';

export interface ExtractedItem {
  line: number;
  item: ActionItem;
}

export interface ExtractedItems {
  items: ExtractedItem[];
  /** Line ranges (0-based, end exclusive) that the items came from. */
  consumed: [number, number][];
}

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const FIELD =
  /^\s*(?:\*\*|__)?\s*(owner|owners|assignee|assigned to|who|due|due date|deadline|by when|status|state|type|category|priority|link|ticket|bug|issue|tracker)\s*:?\s*(?:\*\*|__)?\s*:?\s*(.*)$/i;
// `(owner: bob, due 2024-04-01)`, `— Owner: bob`, `**Due:** 2024-04-01`: fields written into the title line.
// "due" without a colon counts only before a date, so "due to load" stays text.
const INLINE_FIELD =
  /(?:[(,;|–—-]\s*|\*\*|__)(owner|assignee|due|deadline|status|type|priority)\s*(?::\s*(?:\*\*|__)?|(?=\s+\d))\s*([^,;|()*]+?)\s*(?=$|[,;|)]|\*\*|__)\)?/gi;
const GENERIC_LABEL =
  /^\s*(?:\*\*|__)\s*(?:action|task|item|todo)\s*#?\d*\s*:?\s*(?:\*\*|__)\s*:?\s*/i;
const BOLD_LEAD =
  /^\s*(?:\*\*|__)([^*_]{3,200}?)(?:[:.]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:.\-–—])\s+(\S[\s\S]*)$/;
const PRIORITY_LEAD =
  /^\s*(?:\*\*|__|\[)?\s*(critical|high|medium|low|p[0-4])\s*(?:\*\*|__|\])?\s*[:\-–—]?\s+(?=\S)/i;
// A group label: bold, or ending in a colon (`- **Tasks**:`, `- Monitoring:`), with nothing after.
const LABEL_ONLY =
  /^\s*(?:(?:\*\*|__)\s*([^*_:]{2,60}?)\s*:?\s*(?:\*\*|__)\s*:?|([^*_:]{2,60}?)\s*:)\s*$/;

/**
 * Reads action items from the lists and tables of a section. `sectionType` is the type implied
 * by the section heading ("Improve Detection" → detect), used when an item states none.
 */
export function extractActionItems(
  blocks: readonly Block[],
  lines: readonly string[],
  sectionType?: ActionItem['type'],
): ExtractedItems {
  const items: ExtractedItem[] = [];
  const consumed: [number, number][] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const li of block.items) {
        const head = (lines[li.start] ?? '').replace(LIST_MARKER, '');
        const label =
          li.children.length > 0 && li.checked === undefined ? LABEL_ONLY.exec(head) : null;
        if (label) {
          // `- **Tasks**:` over a sub-list groups items; `- **Improvements**:` groups prose.
          const name = label[1] ?? label[2] ?? '';
          const kind = classifyHeading(name);
          if (kind !== 'action-items' && kind !== 'other') continue;
          const groupType = coerceActionType(name) ?? sectionType;
          for (const child of li.children) {
            const item = fromListItem(child, lines, groupType);
            if (item) items.push({ line: child.start, item });
          }
          consumed.push([li.start, li.end]);
          continue;
        }
        const item = fromListItem(li, lines, sectionType);
        if (item) {
          items.push({ line: li.start, item });
          consumed.push([li.start, li.end]);
        }
      }
    } else if (block.type === 'table') {
      consumed.push([block.start, block.end]);
      items.push(...fromTable(block.header, block.rows, sectionType));
    }
  }
  return { items, consumed };
}

function fromListItem(
  li: ListItem,
  lines: readonly string[],
  sectionType?: ActionItem['type'],
): ActionItem | undefined {
  const fields: Record<string, string> = {};
  let head = (lines[li.start] ?? '').replace(LIST_MARKER, '').trim();
  // Everything under the item that is not a sub-item: notes, before or after the field list.
  const inChild = (l: number) => li.children.some((c) => l >= c.start && l < c.end);
  const own: string[] = [];
  for (let l = li.start + 1; l < li.end; l++) if (!inChild(l)) own.push(lines[l] ?? '');
  const continuation = dedent(own).trim();
  const notes: string[] = [];
  head = head.replace(GENERIC_LABEL, '');
  head = head.replace(INLINE_FIELD, (_whole, key: string, value: string) => {
    fields[key.toLowerCase()] = value.trim();
    return '';
  });
  let title = head.trim();
  const priorityLead = PRIORITY_LEAD.exec(title);
  if (priorityLead) {
    fields.priority ??= priorityLead[1] ?? priorityLead[2] ?? '';
    title = title.slice(priorityLead[0].length);
  }
  const lead = BOLD_LEAD.exec(title);
  if (lead) {
    title = (lead[1] ?? '').trim();
    notes.push((lead[2] ?? '').trim());
  }
  if (continuation) notes.push(continuation);
  for (const child of li.children) {
    const text = (lines[child.start] ?? '').replace(LIST_MARKER, '');
    const field = FIELD.exec(text);
    const oneLine = lines.slice(child.start + 1, child.end).every((l) => l.trim() === '');
    if (field && (field[2] ?? '').trim() !== '' && child.children.length === 0 && oneLine) {
      fields[(field[1] ?? '').toLowerCase()] = inlineText(field[2] ?? '');
    } else {
      notes.push(dedent(lines.slice(child.start, child.end)));
    }
  }
  if (!/[\p{L}\p{N}]/u.test(title)) return undefined;
  return build(title, fields, notes.filter(Boolean).join('\n\n'), li.checked, sectionType);
}

function fromTable(
  header: readonly string[],
  rows: readonly { line: number; cells: string[] }[],
  sectionType?: ActionItem['type'],
): ExtractedItem[] {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  const titleCol = Math.max(0, find(/action|item|task|description|what|title/i));
  const cols: [string, number][] = [
    ['type', find(/^type|category|kind/i)],
    ['owner', find(/owner|assignee|who|responsible/i)],
    ['due', find(/due|deadline|date|when/i)],
    ['status', find(/status|state|done/i)],
    ['priority', find(/priority|severity/i)],
    ['link', find(/link|bug|ticket|issue|tracker|jira/i)],
  ];
  const out: ExtractedItem[] = [];
  for (const row of rows) {
    const title = (row.cells[titleCol] ?? '').trim();
    if (!/[\p{L}\p{N}]/u.test(title)) continue;
    const fields: Record<string, string> = {};
    for (const [key, col] of cols)
      if (col >= 0 && col !== titleCol && row.cells[col])
        fields[key] = inlineText(row.cells[col] ?? '');
    const item = build(title, fields, '', undefined, sectionType);
    if (item) out.push({ line: row.line, item });
  }
  return out;
}

function build(
  title: string,
  fields: Record<string, string>,
  notes: string,
  checked: boolean | undefined,
  sectionType?: ActionItem['type'],
): ActionItem | undefined {
  const pick = (...keys: string[]) =>
    keys.map((k) => fields[k]).find((v) => v !== undefined && v !== '');
  const owner = pick('owner', 'owners', 'assignee', 'assigned to', 'who');
  const dueText = pick('due', 'due date', 'deadline', 'by when');
  const due = dueText ? readLooseDate(dueText) : undefined;
  const statusText = pick('status', 'state');
  const typeText = pick('type', 'category');
  const priorityText = pick('priority');
  const link = pick('link', 'ticket', 'bug', 'issue', 'tracker');
  const priority = priorityText ? coercePriority(priorityText) : undefined;
  // Every value was checked as it was read (dates by the date reader, enums by the coercers),
  // so the item is assembled directly; the parser's tests validate results against the schema.
  const status =
    (statusText ? coerceActionStatus(statusText) : undefined) ?? (checked ? 'done' : 'open');
  const type = (typeText ? coerceActionType(typeText) : undefined) ?? sectionType;
  const item: ActionItem = { title: title.slice(0, 1000), status };
  if (type) item.type = type;
  if (owner) item.owner = owner.slice(0, 200);
  if (due) item.due = due;
  if (priority) item.priority = priority;
  if (link) item.link = link;
  if (notes) item.notes = notes;
  return item;
}

function coercePriority(text: string): ActionItem['priority'] {
  const severity = coerceSeverity(text);
  if (severity === 'critical' || severity === 'high') return 'high';
  if (severity === 'medium') return 'medium';
  if (severity === 'low') return 'low';
  return undefined;
}
