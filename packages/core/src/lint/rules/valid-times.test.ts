import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { validTimes } from './valid-times.js';

describe('valid-times', () => {
  testRule(validTimes, {
    valid: [
      '## Timeline\n\n- 13:55 UTC Alert.\n- 2:10 PM UTC Rollback.\n- 12:00 AM Midnight.\n',
      '## Summary\n\nOn 2024-02-29 from 10:00 to 11:00 UTC. Version 1.10.0 on 127.0.0.1.\n',
      { name: 'code is not read', text: '## Logs\n\n```\n13:55 PM 2023-02-30\n```\n' },
      {
        name: 'an end after midnight',
        text: '## Summary\n\nFrom 2024-03-20 23:50 UTC to 2024-03-21 00:20 UTC.\n',
      },
    ],
    invalid: [
      {
        name: 'a 24-hour time with PM is fixed',
        text: '## Timeline\n\n- 13:55 PM Alert fired.\n',
        messages: [
          {
            messageId: 'invalidMeridiem',
            line: 3,
            column: 3,
            endColumn: 11,
            data: { time: '13:55 PM', corrected: '13:55' },
            fixed: true,
          },
        ],
        output: '## Timeline\n\n- 13:55 Alert fired.\n',
      },
      {
        name: 'AM after an afternoon hour is not guessed',
        text: '## Summary\n\nIt began at 15:10 AM UTC.\n',
        messages: [{ messageId: 'invalidMeridiem', line: 3, column: 13, fixed: false }],
      },
      {
        name: 'impossible dates',
        text: '## Summary\n\nIt began on 2023-02-30 and again on 31/04/2023.\n',
        messages: [
          { messageId: 'invalidDate', line: 3, column: 13, data: { date: '2023-02-30' } },
          { messageId: 'invalidDate', line: 3, column: 37, data: { date: '31/04/2023' } },
        ],
      },
      {
        name: 'the hour 24',
        text: '## Timeline\n\n- 24:00 UTC Job ran.\n',
        messages: [{ messageId: 'invalidTime', line: 3, data: { time: '24:00 UTC' } }],
      },
      {
        name: 'an end before the start in the summary',
        text: '# X\n\n## Summary\n\nFrom 2024-03-21 10:00 UTC to 2024-03-20 11:00 UTC.\n',
        messages: [
          { messageId: 'endBeforeStart', line: 5, data: { startTime: '2024-03-21 10:00 UTC' } },
        ],
      },
      {
        name: 'stated incident times in the wrong order',
        text: '---\nincident:\n  impactStarted: 2024-03-20T14:00:00Z\n  resolved: 2024-03-20T13:00:00Z\n---\n\n# X\n',
        messages: [
          {
            messageId: 'endBeforeStart',
            line: 7,
            data: { start: 'start of the impact', end: 'resolution' },
          },
        ],
      },
    ],
  });
});
