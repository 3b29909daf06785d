import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { validMetadata } from './valid-metadata.js';

const fm = (lines: string) => `---\n${lines}\n---\n\n## Summary\n\nText.\n`;

describe('valid-metadata', () => {
  testRule(validMetadata, {
    valid: [
      fm('title: X\ndate: 2024-03-20\nseverity: high\nauthors: [ana]'),
      {
        name: 'labels in the body',
        text: '# X\n\n**Date:** 2024-03-20\n**Severity:** SEV2\n**Status:** Under review\n**Authors:** ana, bob\n\n## Summary\n\nText.\n',
      },
      {
        name: 'a prompt value is left to no-placeholder',
        text: fm('title: X\ndate: 2024-03-20\nseverity: high\nauthors: [ana]').replace(
          'Text.',
          '**Status:** [Draft / Published]',
        ),
      },
      {
        name: 'nothing required by holberton',
        profile: 'holberton',
        text: '# X\n\n## Summary\n\nText.\n',
      },
    ],
    invalid: [
      {
        name: 'an unknown severity in the front matter',
        text: fm('title: X\ndate: 2024-03-20\nseverity: urgent-ish\nauthors: [ana]'),
        messages: [{ messageId: 'frontMatter', line: 4, data: { code: 'invalid-field' } }],
      },
      {
        name: 'front matter that is not YAML',
        text: '---\ntitle: [unclosed\n---\n\n# X\n',
        options: { require: [] },
        messages: [{ messageId: 'frontMatter', line: 2, data: { code: 'front-matter-syntax' } }],
      },
      {
        name: 'a missing date, severity and authors',
        text: '# X\n\n## Summary\n\nText.\n',
        messages: [
          { messageId: 'missingField', line: 1, data: { field: 'date' } },
          { messageId: 'missingField', line: 1, data: { field: 'severity' } },
          { messageId: 'missingField', line: 1, data: { field: 'authors' } },
        ],
      },
      {
        name: 'labels with values Hindsight does not know',
        text: '# X\n\n**Date:** 2024-03-20\n**Authors:** ana\n**Severity:** Urgent\n**Status:** Complete, actions open\n\n## Summary\n\nText.\n',
        messages: [
          { messageId: 'unknownSeverity', line: 5, column: 15, data: { value: 'Urgent' } },
          {
            messageId: 'unknownStatus',
            line: 6,
            column: 13,
            data: { value: 'Complete, actions open' },
          },
        ],
      },
    ],
  });
});
