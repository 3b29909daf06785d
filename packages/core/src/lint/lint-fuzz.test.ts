import { describe, expect, it } from 'vitest';
import { generatePostmortem } from '../test-support/generate-postmortem.js';
import { mutateDocument, randomDocument } from '../test-support/mutate-document.js';
import { applyFixes } from './apply-fixes.js';
import { lintText } from './lint-text.js';
import { PROFILE_NAMES } from './profiles.js';

// Real documents are messier than any table of cases: every rule must keep working (no
// `rule-error`), report inside the text, and give fixes that apply cleanly, on synthetic
// postmortems, their mutations and random Markdown.
describe('lint on generated and mutated documents', () => {
  it('never fails a rule and reports positions inside the text', () => {
    for (let seed = 0; seed < 120; seed++) {
      const base = generatePostmortem(seed);
      for (const text of [base, mutateDocument(base, seed), randomDocument(seed)]) {
        const lines = text.split(/\r\n|\r|\n/);
        const profile = PROFILE_NAMES[seed % PROFILE_NAMES.length] ?? 'standard';
        const result = lintText(text, { profile });
        for (const m of result.messages) {
          expect(m.messageId, m.message).not.toBe('rule-error');
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.line).toBeLessThanOrEqual(lines.length);
          if (m.fix) {
            expect(m.fix.range[0]).toBeLessThanOrEqual(m.fix.range[1]);
            expect(m.fix.range[1]).toBeLessThanOrEqual(text.length);
          }
        }
        const { output } = applyFixes(text, result.messages);
        expect(
          lintText(output, { profile }).messages.some((m) => m.messageId === 'rule-error'),
        ).toBe(false);
      }
    }
  });
});
