import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { noPlaceholder } from './no-placeholder.js';

const doc = (body: string) => `# Outage\n\n## Summary\n\n${body}\n`;

describe('no-placeholder', () => {
  testRule(noPlaceholder, {
    valid: [
      doc(
        'A link to [the runbook](https://example.com) and a [reference][1] link.\n\n[1]: https://example.com',
      ),
      doc('- [ ] open task\n- [x] done task\n- [X] done too'),
      doc('A footnote[^1] and a time in brackets [13:26], a mark [P1] and [sic].'),
      doc('Code is not prose: `[Name]` and\n\n```\nTODO: [Date] YYYY-MM-DD\n```'),
      doc(
        'A nested link [[163]](https://example.com/163) and HTML <br/> <span class="x">ok</span>.',
      ),
      doc('The TODO list is long; "tbd" in lower case and xxx are words here.'),
      doc('x < 5 and y > 3 are comparisons.'),
      doc('See the [runbook] for the steps.\n\n[runbook]: https://example.com/runbook'),
    ],
    invalid: [
      {
        name: 'prompt words and brackets on the same and on different lines, not in front matter or code',
        text: '---\ntags: [Name, outage]\n---\n\n# Outage\n\n## Summary\n\nTODO: owner [Name] and <fill in>.\nA line\n<service name> then [Date] then TBD\n\n```\n[Name] TODO:\n```\nFIXME <name>\n',
        messages: [
          { messageId: 'placeholder', line: 9, column: 1, data: { placeholder: 'TODO:' } },
          { messageId: 'placeholder', line: 9, column: 13, data: { placeholder: '[Name]' } },
          { messageId: 'placeholder', line: 9, column: 24, data: { placeholder: '<fill in>' } },
          {
            messageId: 'placeholder',
            line: 11,
            column: 1,
            data: { placeholder: '<service name>' },
          },
          { messageId: 'placeholder', line: 11, column: 21, data: { placeholder: '[Date]' } },
          { messageId: 'placeholder', line: 11, column: 33, data: { placeholder: 'TBD' } },
          { messageId: 'placeholder', line: 16, column: 1, data: { placeholder: 'FIXME' } },
          { messageId: 'placeholder', line: 16, column: 7, data: { placeholder: '<name>' } },
        ],
      },
      {
        name: 'bracketed prompts',
        text: doc('Owned by [Name] since [Date].'),
        messages: [
          {
            messageId: 'placeholder',
            line: 5,
            column: 10,
            endColumn: 16,
            data: { placeholder: '[Name]' },
          },
          { messageId: 'placeholder', line: 5, column: 23, data: { placeholder: '[Date]' } },
        ],
      },
      {
        name: 'date and time patterns',
        text: doc('Started YYYY-MM-DD at HH:MM, ended --:--.'),
        messages: [
          { messageId: 'placeholder', line: 5, column: 9, data: { placeholder: 'YYYY-MM-DD' } },
          { messageId: 'placeholder', line: 5, column: 23, data: { placeholder: 'HH:MM' } },
          { messageId: 'placeholder', line: 5, column: 36, data: { placeholder: '--:--' } },
        ],
      },
      {
        name: 'filler words',
        text: doc('TBD\n\nTODO: write this. FIXME later. Cost: XXX.'),
        messages: [
          { messageId: 'placeholder', line: 5, column: 1, data: { placeholder: 'TBD' } },
          { messageId: 'placeholder', line: 7, column: 1, data: { placeholder: 'TODO:' } },
          { messageId: 'placeholder', line: 7, column: 19, data: { placeholder: 'FIXME' } },
          { messageId: 'placeholder', line: 7, column: 38, data: { placeholder: 'XXX' } },
        ],
      },
      {
        name: 'angle-bracket prompts',
        text: doc('Owner: <fill in>, service: <service name>, who: <name>.'),
        messages: [
          { messageId: 'placeholder', line: 5, column: 8, data: { placeholder: '<fill in>' } },
          {
            messageId: 'placeholder',
            line: 5,
            column: 28,
            data: { placeholder: '<service name>' },
          },
          { messageId: 'placeholder', line: 5, column: 49, data: { placeholder: '<name>' } },
        ],
      },
      {
        name: 'a prompt with a pattern inside is reported once',
        text: doc('**Date:** [YYYY-MM-DD HH:MM timezone]'),
        messages: [
          {
            messageId: 'placeholder',
            line: 5,
            column: 11,
            data: { placeholder: '[YYYY-MM-DD HH:MM timezone]' },
          },
        ],
      },
      {
        name: 'placeholder times in the timeline and owners of action items',
        text: '# X\n\n## Timeline\n\n- **HH:MM** [What happened]\n\n## Action Items\n\n- [ ] Fix it\n  - Owner: [Name]\n',
        messages: [
          { messageId: 'placeholder', line: 5, column: 5, data: { placeholder: 'HH:MM' } },
          {
            messageId: 'placeholder',
            line: 5,
            column: 13,
            data: { placeholder: '[What happened]' },
          },
          { messageId: 'placeholder', line: 10, column: 12, data: { placeholder: '[Name]' } },
        ],
      },
    ],
  });
});
