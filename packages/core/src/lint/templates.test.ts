import { describe, expect, it } from 'vitest';
import { serialisePostmortem } from '../markdown/index.js';
import { BUILT_IN_TEMPLATES } from '../templates/index.js';
import { lintText } from './lint-text.js';
import { FILLED_EXAMPLES } from './test-support/filled-examples.js';
import { PROFILE_NAMES } from './profiles.js';

describe('built-in templates', () => {
  for (const template of BUILT_IN_TEMPLATES) {
    it(`a new "${template.id}" document is full of prompts, and lints without crashing`, () => {
      const text = serialisePostmortem(
        template.build({ title: 'Checkout outage', date: '2024-03-20' }),
      );
      const result = lintText(text, { profile: template.profile });
      expect(result.messages.some((m) => m.ruleId === 'no-placeholder')).toBe(true);
      expect(result.messages.filter((m) => m.messageId === 'rule-error')).toEqual([]);
      expect(result.score.value).toBeLessThan(100);
    });
  }
});

describe('filled examples', () => {
  for (const profile of PROFILE_NAMES) {
    it(`a finished ${profile} postmortem has no findings`, () => {
      const result = lintText(FILLED_EXAMPLES[profile], { profile });
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual(
        [],
      );
      expect(result.score).toEqual({ value: 100, breakdown: [] });
    });
  }

  it('the graded example is within 400 to 600 words', () => {
    const { wordCount } = lintText(FILLED_EXAMPLES.holberton, { profile: 'holberton' });
    expect(wordCount).toBeGreaterThanOrEqual(400);
    expect(wordCount).toBeLessThanOrEqual(600);
  });
});
