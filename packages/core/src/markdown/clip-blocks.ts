import type { Block } from './block.js';

/**
 * The blocks of a line range. A paragraph or HTML block that a pseudo-heading cut in two
 * (`TIMELINE` on the first line of a paragraph) contributes only its lines inside the range.
 */
export function clipBlocks(
  blocks: readonly Block[],
  start: number,
  end: number,
  lines: readonly string[],
): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.end <= start || b.start >= end) continue;
    if (b.start >= start && b.end <= end) {
      out.push(b);
      continue;
    }
    const s = Math.max(b.start, start);
    const e = Math.min(b.end, end);
    if (b.type === 'paragraph')
      out.push({ ...b, start: s, end: e, text: lines.slice(s, e).join('\n') });
    else if (b.type === 'html')
      out.push({ ...b, start: s, end: e, lines: b.lines.filter((l) => l.line >= s && l.line < e) });
    else if (b.start >= start) out.push(b);
  }
  return out;
}
