import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../test-support/corpus.js';
import { applyFixes } from './apply-fixes.js';
import { lintText } from './lint-text.js';
import { PROFILE_NAMES } from './profiles.js';
import type { LintMessage } from './types.js';

const message = (range: [number, number], text: string): LintMessage => ({
  ruleId: 'r',
  messageId: 'm',
  severity: 'error',
  message: 'm',
  line: 1,
  column: 1,
  fix: { range, text },
});

/**
 * The words a reader reads, for the "never loses text" property. Fixes only insert text and
 * rewrite time expressions, so the AM/PM and "hrs" markers of times are left out.
 */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    if (/^(?:a|m|am|pm|hrs?|h)$/i.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

describe('applyFixes', () => {
  it('applies fixes in the order of their ranges and skips overlaps', () => {
    const text = 'abcdef';
    const a = message([4, 5], 'E');
    const b = message([1, 3], 'BC');
    const c = message([2, 4], 'x');
    const { output, applied, remaining } = applyFixes(text, [a, b, c]);
    expect(output).toBe('aBCdEf');
    expect(applied).toEqual([a, b]);
    expect(remaining).toEqual([c]);
  });

  it('inserts at the same place in message order, and ignores ranges out of bounds', () => {
    const out = applyFixes('ab', [
      message([1, 1], '1'),
      message([1, 1], '2'),
      message([5, 6], 'x'),
    ]);
    expect(out.output).toBe('a12b');
    expect(out.remaining).toHaveLength(1);
  });

  it('keeps CRLF line breaks and the offsets of the original text', () => {
    const text = '## Timeline\r\n\r\n- 13:55 PM Alert fired.\r\n';
    const config = {
      profile: 'holberton' as const,
      rules: { 'required-sections': 'off' as const },
    };
    const { output } = applyFixes(text, lintText(text, config).messages);
    expect(output).toBe('## Timeline\r\n\r\n- 13:55 Alert fired.\r\n');
  });

  it("inserts sections with the document's line breaks", () => {
    const text = '# X\r\n\r\n## Summary\r\n\r\nA.\r\n';
    const { output } = applyFixes(text, lintText(text, { profile: 'minimal' }).messages);
    expect(output).toContain('\r\n## Timeline\r\n');
    expect(output.replace(/\r\n/g, '')).not.toContain('\n');
  });

  describe.skipIf(!hasCorpus())('on the corpus', () => {
    for (const doc of hasCorpus() ? readCorpus() : []) {
      for (const profile of PROFILE_NAMES) {
        it(`never loses a word of ${doc.name} (${profile})`, () => {
          const result = lintText(doc.text, { profile });
          const { output } = applyFixes(doc.text, result.messages);
          const after = words(output);
          for (const [word, n] of words(doc.text))
            expect(after.get(word) ?? 0, word).toBeGreaterThanOrEqual(n);
          // Fixing converges: what is left after a second pass has no fixes that undo the first.
          const again = lintText(output, { profile });
          expect(again.messages.filter((m) => m.messageId === 'rule-error')).toEqual([]);
        });
      }
    }
  });
});
