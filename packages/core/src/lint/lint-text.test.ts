import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../markdown/index.js';
import { lintParsed } from './lint-parsed.js';
import { lintText } from './lint-text.js';
import { FILLED_EXAMPLES } from './test-support/filled-examples.js';
import { onlyRule } from './test-support/rule-tester.js';
import { noPlaceholder } from './rules/no-placeholder.js';

describe('lintText', () => {
  it('sorts messages by line and column and counts them', () => {
    const result = lintText('# X\n\n## Summary\n\n[B] and [A]\n\n## Impact\n\nTBD\n');
    const positions = result.messages.map((m) => [m.line, m.column]);
    expect(positions).toEqual(
      [...positions].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)),
    );
    expect(result.errorCount + result.warningCount).toBe(result.messages.length);
    expect(result.fixableCount).toBe(result.messages.filter((m) => m.fix).length);
    expect(result.profile).toBe('standard');
  });

  it("scores 100 less each rule's capped penalty", () => {
    const result = lintText(
      '# X\n\n## Summary\n\n[A] [B] [C] [D]\n',
      onlyRule(noPlaceholder, 'standard'),
    );
    expect(result.score).toEqual({
      value: 80,
      breakdown: [{ ruleId: 'no-placeholder', penalty: 20, messages: 4 }],
    });
  });

  it('reports lines and columns of the original text, BOM and CRLF included', () => {
    const text = '\uFEFF# X\r\n\r\n## Summary\r\n\r\nOwner: [Name]\r\n';
    const [m] = lintText(text, onlyRule(noPlaceholder, 'standard')).messages;
    expect([m?.line, m?.column]).toEqual([5, 8]);
  });

  it('gives the same result as parsing first and calling lintParsed', () => {
    const text = FILLED_EXAMPLES.standard.replace('ana', '[Name]');
    expect(lintParsed(parsePostmortem(text), text)).toEqual(lintText(text));
  });

  it('counts words as the parser does', () => {
    const text = FILLED_EXAMPLES.holberton;
    expect(lintText(text).wordCount).toBe(parsePostmortem(text).wordCount);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\n\n',
      '---\n',
      '# \n',
      '|||\n|-|\n',
      '<!--',
      '```',
      '- [ ]\n  - Owner:',
    ]) {
      const result = lintText(text);
      expect(result.messages.filter((m) => m.messageId === 'rule-error')).toEqual([]);
    }
  });
});
