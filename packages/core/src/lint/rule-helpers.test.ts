import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../markdown/index.js';
import { countLine } from '../markdown/word-count.js';
import { DocumentView } from './document-view.js';
import { contentWords, countWords } from './rule-helpers.js';
import type { RuleContext } from './types.js';

function contextOf(text: string): RuleContext {
  const parsed = parsePostmortem(text);
  const view = new DocumentView(text, parsed);
  return {
    text,
    lines: view.lines,
    parsed,
    model: parsed.model,
    profile: 'standard',
    options: {},
    document: view,
    report: () => undefined,
  };
}

const DOCUMENT = [
  '# Outage',
  '',
  '## Resolution',
  '',
  'We rolled the <b>deploy back and the [queue](https://example.com/q',
  'drained :tada: in ten minutes &amp; then',
  '',
  '```',
  'code words do not count',
  '```',
  '',
  '### Follow-up',
  '',
  'A sub-section counts too.',
  '',
  '## Timeline',
  '',
  '- 14:05 paged',
  '',
].join('\n');

describe('countWords', () => {
  it('counts a text as the sum of its lines, skips ending with their line', () => {
    const text = 'one <b two\nthree [x](y four\n:tada: five';
    const byLine = text.split('\n').reduce((n, line) => n + countLine(line), 0);
    expect(countWords(text)).toBe(byLine);
    expect(byLine).toBe(4);
  });
});

describe('contentWords', () => {
  it('counts the words of a section and its sub-sections, without headings or code', () => {
    const context = contextOf(DOCUMENT);
    const spans = context.document.sectionsOf(['resolution']);
    const lines = DOCUMENT.split('\n');
    // Lines 5 and 6 (the prose) and 14 (the sub-section's sentence), by the line counter.
    const expected =
      countLine(lines[4] ?? '') + countLine(lines[5] ?? '') + countLine(lines[13] ?? '');
    expect(contentWords(context, spans)).toBe(expected);
    expect(expected).toBe(17);
  });

  it('counts the same with CRLF line ends and a byte-order mark', () => {
    const crlf = `\ufeff${DOCUMENT.replace(/\n/g, '\r\n')}`;
    const lf = contextOf(DOCUMENT);
    const context = contextOf(crlf);
    expect(contentWords(context, context.document.sectionsOf(['resolution']))).toBe(
      contentWords(lf, lf.document.sectionsOf(['resolution'])),
    );
  });

  it('stops once it has counted enough', () => {
    const context = contextOf(DOCUMENT);
    const spans = context.document.sectionsOf(['resolution']);
    const some = contentWords(context, spans, 3);
    expect(some).toBeGreaterThanOrEqual(3);
    expect(some).toBeLessThan(17);
  });
});
