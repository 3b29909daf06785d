import type { Block } from './block.js';
import { inlineText } from './inline-text.js';

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * Words a reader reads: the prose after the front matter, without code blocks, HTML tags,
 * URLs, image references or table rules. Used for the length limits of graded forms.
 */
export function countWords(
  lines: readonly string[],
  bodyStart: number,
  blocks: readonly Block[],
): number {
  const code = new Set<number>();
  for (const b of blocks) if (b.type === 'code') for (let l = b.start; l < b.end; l++) code.add(l);
  let count = 0;
  for (let l = bodyStart; l < lines.length; l++) {
    if (code.has(l)) continue;
    const raw = lines[l] ?? '';
    if (raw.trim() === '' || /^\s*\|?[\s:|-]+\|?\s*$/.test(raw)) continue;
    const text = inlineText(
      raw
        .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
        .replace(URL, ' ')
        .replace(/^\s*(?:#{1,6}|[-*+]|\d+[.)]|>)\s+/, ''),
    );
    count += text.match(WORD)?.length ?? 0;
  }
  return count;
}
