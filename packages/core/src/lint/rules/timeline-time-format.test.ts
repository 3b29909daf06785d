import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { timelineTimeFormat } from './timeline-time-format.js';

describe('timeline-time-format', () => {
  testRule(timelineTimeFormat, {
    valid: [
      '## Timeline\n\n- 9:05 UTC A.\n- 14:20 UTC B.\n',
      '## Timeline\n\n- 7:31 PM A.\n- 9:21 PM B.\n',
      '## Timeline\n\n2100hrs WAT: A.\n2105hrs WAT: B.\n',
      {
        name: 'dates with times are fine',
        text: '## Timeline\n\n- 2019-11-29 12:00 A.\n- 2019-11-30 08:24 B.\n',
      },
    ],
    invalid: [
      {
        name: 'zones whose letters could start AM/PM or a military marker',
        text: '# O\n\n## Timeline\n\n- 14:05 PST Alert.\n- 14:10 HKT x\n- 2:15 PM PST y\n- 1420hrs PST z\n- 14:30 Zulu\n',
        messages: [
          { messageId: 'mixed', line: 7, column: 3, data: { time: '2:15 PM' }, fixed: true },
          { messageId: 'mixed', line: 8, column: 3, data: { time: '1420hrs' }, fixed: true },
        ],
      },
      {
        name: 'a 12-hour time among 24-hour ones',
        text: '## Timeline\n\n- 14:05 UTC Alert.\n- 14:20 UTC Paged.\n- 3:15 PM UTC Rolled back.\n',
        messages: [
          {
            messageId: 'mixed',
            line: 5,
            column: 3,
            endColumn: 10,
            data: { time: '3:15 PM' },
            fixed: true,
          },
        ],
        output: '## Timeline\n\n- 14:05 UTC Alert.\n- 14:20 UTC Paged.\n- 15:15 UTC Rolled back.\n',
      },
      {
        name: 'military and 24-hour among 12-hour ones',
        text: '## Timeline\n\n- **06:00 AM:** A.\n- **06:35 AM:** B.\n- **1310hrs:** C.\n- **14:20:** D.\n',
        messages: [
          { messageId: 'mixed', line: 5, column: 5, data: { time: '1310hrs' }, fixed: true },
          { messageId: 'mixed', line: 6, column: 5, data: { time: '14:20' }, fixed: true },
        ],
        output:
          '## Timeline\n\n- **06:00 AM:** A.\n- **06:35 AM:** B.\n- **01:10 PM:** C.\n- **02:20 PM:** D.\n',
      },
      {
        name: 'a morning-or-evening time is not guessed',
        text: '## Timeline\n\n- **06:00 AM:** A.\n- **06:35 AM:** B.\n- **07:40:** C.\n',
        messages: [
          {
            messageId: 'ambiguous',
            line: 5,
            column: 5,
            data: { time: '07:40', reading: '07:40' },
            fixed: false,
          },
        ],
      },
    ],
  });
});
