import { describe, expect, it } from 'vitest';
import { exampleProfile } from './render-rule-doc.js';
import { RULES } from './rules/index.js';
import { lintWith } from './test-support/rule-tester.js';

// The examples on every rule's doc page run here, so the docs cannot say what the rule does
// not do: a valid example gets no message from its rule, an invalid one at least one.
describe('rule examples', () => {
  for (const rule of RULES) {
    const { examples, exampleOptions } = rule.meta;
    const profile = exampleProfile(rule.meta);
    it(`${rule.meta.id} has examples of both kinds`, () => {
      expect(examples?.valid.length).toBeGreaterThan(0);
      expect(examples?.invalid.length).toBeGreaterThan(0);
    });
    (examples?.valid ?? []).forEach((text, i) => {
      it(`${rule.meta.id}: valid example ${i + 1} (${profile})`, () => {
        expect(lintWith(rule, text, profile, exampleOptions).map((m) => m.message)).toEqual([]);
      });
    });
    (examples?.invalid ?? []).forEach((text, i) => {
      it(`${rule.meta.id}: invalid example ${i + 1} (${profile})`, () => {
        expect(lintWith(rule, text, profile, exampleOptions).length).toBeGreaterThan(0);
      });
    });
  }
});
