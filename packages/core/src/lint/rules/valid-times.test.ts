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
        name: 'front matter and a comment are not read as the body',
        text: '---\ntitle: Outage on 30/02/2024\n---\n\n# X\n\n<!--\n13:55 PM on Feb 30\n-->\n',
      },
      {
        name: 'a clock and its AM/PM on two lines',
        text: '## Timeline\n\n- 13:55\nPM Alert fired.\n',
      },
      {
        name: 'minutes, seconds and counts that look like late days',
        text: '## Timeline\n\n- 23:29:05 UTC Took 30 min and 31 retries; step 29th of 40.\n- 13:30 Sep\n',
      },
      {
        name: 'late days of long months and plausible numeric dates',
        text: '## Summary\n\nOn Jan 31, March 30th and 30 Dec; by 12/28/2023, 28.12.2023 and 1.2.3.4.\n',
      },
      {
        name: 'dotted dates with two-digit years are versions, not dates',
        text: '# X\n\n## Summary\n\nFrom 21.3.24 10:00 UTC to 20.3.24 11:00 UTC.\n',
      },
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
        name: 'late days of short months, written with the month first or last',
        text: '## Summary\n\nIt began on Feb. 30 2023, ran to the 31st of Apr 2023 and to 31 Sept.\n',
        messages: [
          { messageId: 'invalidDate', line: 3, column: 13, data: { date: 'Feb. 30 2023' } },
          { messageId: 'invalidDate', line: 3, column: 34, data: { date: 'the 31st of Apr 2023' } },
          { messageId: 'invalidDate', line: 3, column: 62, data: { date: '31 Sept.' } },
        ],
      },
      {
        name: 'an impossible numeric date after a plausible one on the same line',
        text: '## Summary\n\nPlanned 2023-01-10, done 2023-13-01.\n\n```\n2023-13-01\n```\n',
        messages: [{ messageId: 'invalidDate', line: 3, column: 26, data: { date: '2023-13-01' } }],
      },
      {
        name: 'an impossible time and date on one line, in a file with CRLF line breaks',
        text: '## Timeline\r\n\r\n- 2023-02-30 13:55 PM Alert fired.\r\n',
        messages: [
          { messageId: 'invalidDate', line: 3, column: 3, data: { date: '2023-02-30 13:55 PM' } },
          { messageId: 'invalidMeridiem', line: 3, column: 3, fixed: true },
        ],
        output: '## Timeline\r\n\r\n- 2023-02-30 13:55 Alert fired.\r\n',
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
        name: 'an end before the start with two-digit years',
        text: '# X\n\n## Summary\n\nFrom 3/21/24 10:00 UTC to 3/20/24 11:00 UTC.\n',
        messages: [
          { messageId: 'endBeforeStart', line: 5, data: { startTime: '3/21/24 10:00 UTC' } },
        ],
      },
      {
        name: 'an end before the start, with written months, on the next line',
        text: '# X\n\n## Summary\n\nFrom March 21st, 2024 10:00 UTC\nto 20 March 2024 at 11:00 UTC.\n',
        messages: [
          { messageId: 'endBeforeStart', line: 6, data: { endTime: '20 March 2024 at 11:00 UTC' } },
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
