import { describe, expect, it } from 'vitest';
import { lintText } from './lint-text.js';

const config = { profile: 'standard' as const, rules: { 'no-placeholder': 'error' as const } };
const ids = (text: string) =>
  lintText(text, config)
    .messages.filter((m) => m.ruleId === 'no-placeholder' || m.ruleId === 'blameless-language')
    .map((m) => `${m.line} ${m.ruleId}`);

describe('inline directives', () => {
  it('disable-next-line turns off one rule on the next line only', () => {
    const text =
      '# X\n\n## Summary\n\n<!-- hindsight-disable-next-line no-placeholder -->\nOwner [Name].\nOwner [Name].\n';
    expect(ids(text)).toEqual(['7 no-placeholder']);
  });

  it('disable holds to the end of the file, or to enable', () => {
    const text =
      '# X\n\n## Summary\n\nA [Name].\n<!-- hindsight-disable no-placeholder -->\nB [Name].\n<!-- hindsight-enable no-placeholder -->\nC [Name].\n';
    expect(ids(text)).toEqual(['5 no-placeholder', '9 no-placeholder']);
  });

  it('without ids they cover every rule, and a reason after -- is allowed', () => {
    const text =
      '# X\n\n## Summary\n\n<!-- hindsight-disable -- quoting the customer -->\nHe blamed Bob for [Date].\n';
    expect(ids(text)).toEqual([]);
  });

  it('enable of one rule after disable of all turns that rule back on', () => {
    const text =
      '# X\n\n## Summary\n\nText here.\n<!-- hindsight-disable -->\n<!-- hindsight-enable no-placeholder -->\nHe blamed Bob for [Date].\n';
    expect(ids(text)).toEqual(['8 no-placeholder']);
  });

  it('a disable before the first heading covers findings about the whole document', () => {
    const text =
      '<!-- hindsight-disable required-sections, word-count -->\n# X\n\n## Summary\n\nShort.\n';
    const rules = lintText(text).messages.map((m) => m.ruleId);
    expect(rules).not.toContain('required-sections');
    expect(rules).not.toContain('word-count');
    expect(rules).toContain('valid-metadata');
  });

  it('disable-line covers its own line; comments inside code do not count', () => {
    const text =
      '# X\n\n## Summary\n\nA [Name]. <!-- hindsight-disable-line no-placeholder -->\n\n```\n<!-- hindsight-disable -->\n```\n\nB [Name].\n';
    expect(ids(text)).toEqual(['11 no-placeholder']);
  });
});
