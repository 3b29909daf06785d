import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { timelineOrder } from './timeline-order.js';

describe('timeline-order', () => {
  testRule(timelineOrder, {
    valid: [
      '## Timeline\n\n- 23:50 UTC Deploy.\n- 00:05 UTC Alert.\n- 00:20 UTC Rollback.\n',
      {
        name: 'dated entries across days',
        text: '## Timeline\n\n- 2024-03-20 23:00 UTC A.\n- 2024-03-21 01:00 UTC B.\n',
      },
      {
        name: 'different zones, same instant order',
        text: '## Timeline\n\n- 14:00 UTC A.\n- 15:30 CET B.\n',
      },
      { name: 'equal times', text: '## Timeline\n\n- 15:36 A.\n- 15:36 B.\n' },
      { name: 'no times', text: '## Timeline\n\n- A.\n- B.\n' },
    ],
    invalid: [
      {
        name: 'a small step back',
        text: '## Timeline\n\n- 14:05 UTC Alert.\n- 13:55 UTC Deploy.\n- 14:10 UTC Paged.\n',
        messages: [
          {
            messageId: 'outOfOrder',
            line: 4,
            column: 3,
            data: { time: '13:55 UTC', previous: '14:05 UTC' },
          },
        ],
      },
      {
        name: 'dates going back',
        text: '## Timeline\n\n- 2024-03-21 10:00 UTC A.\n- 2024-03-20 11:00 UTC B.\n',
        messages: [{ messageId: 'outOfOrder', line: 4 }],
      },
      {
        name: 'zone-less clocks without dates',
        text: '## Timeline\n\n- 10:00 A.\n- 09:30 B.\n',
        messages: [{ messageId: 'outOfOrder', line: 4, data: { time: '09:30' } }],
      },
    ],
  });
});
