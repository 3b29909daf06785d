import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { fiveWhysDepth } from './five-whys-depth.js';

const why = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${i + 1}. **Why did step ${i + 1} happen?** Because of step ${i + 2}.`,
  ).join('\n');

describe('five-whys-depth', () => {
  testRule(fiveWhysDepth, {
    valid: [
      `## Five Whys\n\n${why(5)}\n`,
      { name: 'no five-whys section', text: '## Root Cause\n\nA bug.\n' },
      {
        name: 'a nested chain counts its questions',
        text: '## 5 Whys\n\n- A broke.\n\n  **Why did A break?**\n\n  - B.\n\n    **Why B?**\n\n    - C.\n\n      **Why C?**\n\n      - D. **Why D?** E. **Why E?** F.\n',
      },
      {
        name: 'the minimum is an option',
        options: { minimum: 2 },
        text: `## Five Whys\n\n${why(2)}\n`,
      },
    ],
    invalid: [
      {
        name: 'two whys',
        text: `# X\n\n## Five Whys\n\n${why(2)}\n`,
        messages: [{ messageId: 'tooShallow', line: 3, column: 1, data: { count: 2, minimum: 5 } }],
      },
      {
        name: 'an empty section',
        text: '# X\n\n## Five Whys\n\nTo do.\n',
        messages: [{ messageId: 'tooShallow', line: 3, data: { count: 0 } }],
      },
    ],
  });
});
