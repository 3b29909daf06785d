import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { rootCauseStated } from './root-cause-stated.js';

const summary = '## Issue Summary\n\nLogins failed because a query held a lock.\n\n';

describe('root-cause-stated', () => {
  testRule(rootCauseStated, {
    profile: 'holberton',
    valid: [
      `# X\n\n${summary}## Root Cause and Resolution\n\nA query in the login service locked rows of the users table and blocked every other login.\n`,
      {
        name: 'no root cause section: left to required-sections',
        text: `# X\n\n${summary}## Timeline\n\n- 10:00 UTC Alert.\n`,
      },
      {
        name: 'the summary need not name the cause outside holberton',
        profile: 'standard',
        text: '# X\n\n## Summary\n\nLogins failed.\n\n## Root Cause\n\nA query locked rows of the users table and blocked every login.\n',
      },
    ],
    invalid: [
      {
        name: 'too short',
        text: `# X\n\n${summary}## Root Cause\n\nA lock.\n`,
        messages: [{ messageId: 'tooShort', line: 7, column: 1, data: { words: 2, min: 8 } }],
      },
      {
        name: 'the summary does not say why',
        text: '# X\n\n## Issue Summary\n\nLogins failed for two hours.\n\n## Root Cause\n\nA query in the login service locked rows of the users table.\n',
        messages: [{ messageId: 'notInSummary', line: 3 }],
      },
      {
        name: 'the minimum is an option',
        options: { minWords: 30 },
        text: `# X\n\n${summary}## Root Cause\n\nA query in the login service locked rows of the users table.\n`,
        messages: [{ messageId: 'tooShort', line: 7, data: { words: 12, min: 30 } }],
      },
    ],
  });
});
