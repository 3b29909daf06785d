import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { actionItemFields } from './action-item-fields.js';

const fm = '---\ndate: 2024-03-20\n---\n\n';

describe('action-item-fields', () => {
  testRule(actionItemFields, {
    valid: [
      `${fm}## Action Items\n\n- [ ] Add a canary stage\n  - Owner: ana\n  - Due: 2024-04-15\n`,
      {
        name: 'a table with owner and due columns',
        text: `${fm}## Action Items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary | ana | 2024-04-15 |\n`,
      },
      {
        name: 'inline fields',
        text: `${fm}## Action Items\n\n- Add a canary (owner: ana, due: 2024-04-15)\n`,
      },
      {
        name: 'sre asks only for an owner',
        profile: 'sre',
        text: `${fm}## Action Items\n\n- [ ] Add a canary\n  - Owner: ana\n`,
      },
      {
        name: 'a prompt counts as present (no-placeholder reports it)',
        text: `${fm}## Action Items\n\n- [ ] Fix\n  - Owner: [Name]\n  - Due: 2024-04-15\n`,
      },
      {
        name: 'a status from the box',
        options: { require: ['status'] },
        text: `${fm}## Action Items\n\n- [x] Fix\n`,
      },
      {
        name: 'a status line',
        options: { require: ['status'] },
        text: `${fm}## Action Items\n\n- Fix\n  - Status: in progress\n`,
      },
    ],
    invalid: [
      {
        name: 'no owner and no due date',
        text: `${fm}## Action Items\n\n- [ ] Add a canary stage\n`,
        messages: [
          {
            messageId: 'missingFields',
            line: 7,
            column: 1,
            data: { item: 'Add a canary stage', fields: 'owner and due date' },
          },
        ],
      },
      {
        name: 'due before the incident',
        text: `${fm}## Action Items\n\n- [ ] Add a canary stage\n  - Owner: ana\n  - Due: 2024-03-01\n`,
        messages: [
          {
            messageId: 'dueBeforeIncident',
            line: 7,
            data: { due: '2024-03-01', date: '2024-03-20' },
          },
        ],
      },
      {
        name: 'status required but not written',
        options: { require: ['owner', 'status'] },
        text: `${fm}## Action Items\n\n- Fix the cache\n  - Owner: ana\n`,
        messages: [{ messageId: 'missingFields', line: 7, data: { fields: 'status' } }],
      },
    ],
  });
});
