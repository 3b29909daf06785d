import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { timelineCoverage } from './timeline-coverage.js';

const full = [
  '## Timeline',
  '',
  '- 10:05 UTC The error-rate alert fires.',
  '- 10:10 UTC Checked the database logs.',
  '- 10:20 UTC Initially suspected the network; it was fine.',
  '- 10:35 UTC Escalated to the database team.',
  '- 11:00 UTC Service fully restored.',
  '',
].join('\n');

describe('timeline-coverage', () => {
  testRule(timelineCoverage, {
    profile: 'holberton',
    valid: [
      full,
      {
        name: 'a kind pinned with a comment',
        text: full.replace(
          'Escalated to the database team.',
          'Asked the database team to help. <!-- kind: escalation -->',
        ),
      },
      { name: 'no entries: left to other rules', text: '## Timeline\n\nSoon.\n' },
    ],
    invalid: [
      {
        name: 'missing misleading path and escalation',
        text: '# X\n\n## Timeline\n\n- 10:05 UTC The error-rate alert fires.\n- 10:10 UTC Checked the logs.\n- 11:00 UTC Service fully restored.\n',
        messages: [
          { messageId: 'missing', line: 3, column: 1, data: { name: 'misleading' } },
          { messageId: 'missing', line: 3, data: { name: 'escalation' } },
        ],
      },
      {
        name: 'a detection entry that says when but not how',
        text: full.replace('The error-rate alert fires.', 'Issue was detected.'),
        messages: [{ messageId: 'missing', line: 1, data: { name: 'detection-method' } }],
      },
      {
        name: 'the standard profile asks for impact start and response',
        profile: 'standard',
        text: full,
        messages: [{ messageId: 'missing', line: 1, data: { name: 'impact-start' } }],
      },
    ],
  });
});
