import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { resolutionExplained } from './resolution-explained.js';

describe('resolution-explained', () => {
  testRule(resolutionExplained, {
    valid: [
      '## Resolution\n\nWe rolled back to the previous release and watched the error rate return to normal.\n',
      {
        name: 'a combined section without a resolution sub-section',
        text: '## Root Cause and Resolution\n\nA missing semicolon broke the config. We added it and restarted nginx, which restored service.\n',
      },
      { name: 'no resolution section', text: '## Root Cause\n\nA bug.\n' },
    ],
    invalid: [
      {
        name: 'too short',
        text: '# X\n\n## Resolution\n\nRolled back.\n',
        messages: [{ messageId: 'tooShort', line: 3, column: 1, data: { words: 2, min: 12 } }],
      },
      {
        name: 'long, but says nothing was done',
        text: '# X\n\n## Resolution\n\nAfter a long and stressful afternoon the problem went away on its own and everything was good again.\n',
        messages: [{ messageId: 'noFix', line: 3 }],
      },
    ],
  });
});
