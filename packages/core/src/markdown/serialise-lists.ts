import type { ActionItem, ContributingFactor, TimelineEntry, Why } from '../model/index.js';
import { classifyEntry } from './classify-entry.js';
import { categoriseFactor } from './extract-root-cause.js';

/** Indents every line after the first by `indent` spaces, leaving blank lines blank. */
function hang(text: string, indent: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 || l.trim() === '' ? l : indent + l))
    .join('\n');
}

/** `- **14:23 UTC** What happened`, with the kind pinned in a comment when the wording would suggest another. */
export function serialiseEntry(entry: TimelineEntry): string {
  const tag = classifyEntry(entry.text) === entry.kind ? '' : ` <!-- kind: ${entry.kind} -->`;
  const head = entry.time ? `**${entry.time}** ` : '';
  return `- ${head}${hang(entry.text, '  ')}${tag}`;
}

/** A task-list item with its fields as sub-items; `[x]` for done, a Status line for the in-between states. */
export function serialiseActionItem(item: ActionItem): string {
  const fields: string[] = [];
  if (item.type) fields.push(`Type: ${item.type}`);
  if (item.owner) fields.push(`Owner: ${item.owner}`);
  if (item.due) fields.push(`Due: ${item.due}`);
  if (item.status === 'in-progress' || item.status === 'wont-do')
    fields.push(`Status: ${item.status}`);
  if (item.priority) fields.push(`Priority: ${item.priority}`);
  if (item.link) fields.push(`Link: ${item.link}`);
  const lines = [
    `- [${item.status === 'done' ? 'x' : ' '}] ${item.title}`,
    ...fields.map((f) => `  - ${f}`),
  ];
  if (item.notes) lines.push('', `  ${hang(item.notes, '  ')}`);
  return lines.join('\n');
}

export function serialiseWhy(why: Why, index: number): string {
  return `${index + 1}. **${why.question}**${why.answer ? ` ${hang(why.answer, '   ')}` : ''}`;
}

export function serialiseFactor(factor: ContributingFactor): string {
  const inferred = categoriseFactor(factor.text);
  const tag =
    inferred === factor.category ? '' : ` <!-- category: ${factor.category ?? 'none'} -->`;
  return `- ${hang(factor.text, '  ')}${tag}`;
}
