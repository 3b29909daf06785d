import { countLine, countWordsIn } from '../markdown/word-count.js';
import { outermost } from './document-view.js';
import type { SectionSpan } from './document-view.js';
import type { RuleContext } from './types.js';

/**
 * Where a finding about the whole document points: its title heading, else line 1 (the top,
 * or the front matter, where document-wide fields belong).
 */
export function documentLine(context: RuleContext): number {
  return context.parsed.source.titleLine ?? 1;
}

/** Words in a piece of text, counted the way the word-count rule counts them. */
export function countWords(text: string): number {
  return countWordsIn(text, 0, text.length);
}

/**
 * Words of some sections and their sub-sections, without the words of their headings,
 * counted up to `enough`: a caller that only asks "at least n?" stops as soon as it knows.
 */
export function contentWords(
  context: RuleContext,
  spans: readonly SectionSpan[],
  enough = Number.POSITIVE_INFINITY,
): number {
  const view = context.document;
  let n = 0;
  for (const span of outermost(spans)) {
    for (const s of view.sections) {
      if (s.line >= span.line && s.line < span.end) n -= countLine(s.section.heading);
    }
    for (let line = span.line; line < span.end; line++) {
      if (view.isCode(line)) continue;
      // The document's own text between the line's offsets: reading the line split from it,
      // a slice, one character at a time is several times slower.
      n += countWordsIn(context.text, view.offset(line), view.offset(line + 1));
      if (n >= enough) return n;
    }
  }
  return Math.max(0, n);
}

// Options reach rules validated by resolveConfig; these only narrow `unknown` for TypeScript.
export function numberOption(context: RuleContext, name: string, fallback: number): number {
  const value = context.options[name];
  return typeof value === 'number' ? value : fallback;
}

export function booleanOption(context: RuleContext, name: string, fallback: boolean): boolean {
  const value = context.options[name];
  return typeof value === 'boolean' ? value : fallback;
}

export function stringOption(context: RuleContext, name: string, fallback: string): string {
  const value = context.options[name];
  return typeof value === 'string' ? value : fallback;
}

export function listOption(context: RuleContext, name: string): string[] {
  const value = context.options[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Shortens a title or sentence for a message. */
export function clip(text: string, max = 60): string {
  // Only the head can show; flatten just that much. Replaced even when the spaces are already
  // single (a head with any whitespace then becomes a new string): the head is a slice of the
  // document's text, and a message keeping it would keep all of that text alive.
  const flat = text
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** First non-blank column of a line (1-based). */
export function firstColumn(line: string): number {
  const m = /\S/.exec(line);
  return m ? m.index + 1 : 1;
}
