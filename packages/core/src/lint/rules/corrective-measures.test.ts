import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { correctiveMeasures } from './corrective-measures.js';

describe('corrective-measures', () => {
  testRule(correctiveMeasures, {
    profile: 'holberton',
    valid: [
      '## Corrective and Preventative Measures\n\nConfiguration changes will be validated in CI and staged before they reach production.\n\n- Add a config linter to CI\n- Add an alert on 5xx rate\n',
      {
        name: 'improvements and tasks as sub-sections',
        text: '## Corrective and Preventative Measures\n\n### Improvements\n\nValidate configuration.\n\n### Tasks\n\n- [ ] Add a linter\n',
      },
      {
        name: 'tasks alone are enough outside holberton',
        profile: 'standard',
        text: '## Corrective Measures\n\n- Add a linter\n',
      },
    ],
    invalid: [
      {
        name: 'prose without tasks',
        text: '# X\n\n## Corrective and Preventative Measures\n\nWe will be more careful with configuration changes from now on.\n',
        messages: [{ messageId: 'noTasks', line: 3, column: 1 }],
      },
      {
        name: 'tasks without a word about the improvements',
        text: '# X\n\n## Corrective and Preventative Measures\n\n- Add monitoring\n- Restrict privileges\n',
        messages: [{ messageId: 'noImprovements', line: 3 }],
      },
    ],
  });
});
