import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { wordCount } from './word-count.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('word-count', () => {
  testRule(wordCount, {
    profile: 'holberton',
    valid: [
      `# Title\n\n${words(448)}\n`,
      {
        name: 'code blocks do not count',
        text: `# Title\n\n${words(448)}\n\n\`\`\`\n${words(500)}\n\`\`\`\n`,
      },
      {
        name: 'no limits outside the profiles that set them',
        profile: 'minimal',
        text: 'Short.\n',
      },
      { name: 'limits as options', options: { min: 2, max: 3 }, text: 'One two three.\n' },
    ],
    invalid: [
      {
        name: 'too short for the graded form',
        text: `# Title\n\n${words(98)}\n`,
        messages: [{ messageId: 'tooShort', line: 1, column: 1, data: { count: 99, min: 400 } }],
      },
      {
        name: 'too long',
        text: `# Title\n\n${words(698)}\n`,
        messages: [{ messageId: 'tooLong', line: 1, data: { count: 699, max: 600 } }],
      },
      {
        name: 'standard has a minimum only',
        profile: 'standard',
        text: `# Title\n\n${words(10)}\n`,
        messages: [{ messageId: 'tooShort', line: 1, data: { count: 11, min: 300 } }],
      },
    ],
  });
});
