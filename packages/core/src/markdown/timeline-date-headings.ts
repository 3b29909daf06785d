import type { Postmortem } from '../model/index.js';
import { extractTimeline } from './extract-timeline.js';
import { resolveEntries } from './resolve-entries.js';
import { serialiseEntry } from './serialise-lists.js';
import { tokenizeBlocks } from './tokenize-blocks.js';

/**
 * Where a timeline needs a date heading (`### 2023-07-21`) so that reading it back gives every
 * entry the date the model has: the reader dates entries from the document date, dates written
 * in the entries, and midnight crossings; a heading is added only where those disagree.
 * Works by reading the written timeline back with the parser's own rules, so the two agree.
 */
export function timelineDateHeadings(model: Postmortem, preamble: string): Map<number, string> {
  const headings = new Map<number, string>();
  const entries = model.timeline.map(serialiseEntry);
  for (let attempt = 0; attempt <= entries.length; attempt++) {
    const lines: string[] = preamble ? [...preamble.split('\n'), ''] : [];
    entries.forEach((entry, i) => {
      const date = headings.get(i);
      if (date) lines.push('', `### ${date}`, '');
      lines.push(...entry.split('\n'));
    });
    const text = lines.join('\n');
    const extracted = extractTimeline(tokenizeBlocks(text), text.split('\n'));
    const resolved = resolveEntries(extracted.entries, model, extracted.preambleDate, []);
    const mismatch = model.timeline.findIndex(
      (e, i) => e.date !== undefined && resolved[i]?.date !== e.date && !headings.has(i),
    );
    if (mismatch < 0) break;
    headings.set(mismatch, model.timeline[mismatch]?.date ?? '');
  }
  return headings;
}
