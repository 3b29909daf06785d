import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { requiredSections } from './required-sections.js';

const holbertonDoc = [
  '# Login outage',
  '',
  '## Issue Summary',
  '',
  'Logins failed.',
  '',
  '## Timeline',
  '',
  '- 10:05 UTC Alert.',
  '',
  '## Root Cause and Resolution',
  '',
  'A lock.',
  '',
  '## Corrective and Preventative Measures',
  '',
  '- Add an index',
  '',
].join('\n');

describe('required-sections', () => {
  testRule(requiredSections, {
    profile: 'holberton',
    valid: [
      holbertonDoc,
      {
        name: 'separate Root Cause and Resolution sections satisfy the combined one',
        text: holbertonDoc.replace(
          '## Root Cause and Resolution\n\nA lock.',
          '## Root Cause\n\nA lock.\n\n## Resolution\n\nRestarted.',
        ),
      },
      {
        name: 'headings are matched by meaning (Overview, Chronology, Remediation)',
        text: '# X\n\n## Overview\n\nA.\n\n## Chronology\n\n- 10:00 UTC B.\n\n## Root cause & resolution\n\nC.\n\n## Remediation\n\n- D\n',
      },
      {
        name: 'the option lists the sections',
        text: '# X\n\n## Summary\n\nA.\n',
        options: { sections: ['summary'] },
      },
    ],
    invalid: [
      {
        name: 'a missing section is reported at the title and inserted before the next one',
        text: holbertonDoc.replace('## Timeline\n\n- 10:05 UTC Alert.\n\n', ''),
        messages: [
          {
            messageId: 'missing',
            line: 1,
            column: 1,
            data: { section: 'Timeline', kind: 'timeline' },
            fixed: true,
          },
        ],
      },
      {
        name: 'only the root cause half of the combined section',
        text: holbertonDoc.replace('## Root Cause and Resolution', '## Root Cause'),
        messages: [
          {
            messageId: 'missingPart',
            line: 11,
            data: {
              section: 'Root Cause and Resolution',
              part: 'resolution',
              present: 'root cause',
            },
            fixed: true,
          },
        ],
      },
      {
        name: 'the fix inserts the template section with its prompts, at the level used',
        text: '# X\n\n### Issue Summary\n\nA.\n\n### Timeline\n\n- 10:00 UTC B.\n\n### Root Cause and Resolution\n\nC.\n',
        messages: [{ messageId: 'missing', line: 1, data: { kind: 'corrective-measures' } }],
        output:
          '# X\n\n### Issue Summary\n\nA.\n\n### Timeline\n\n- 10:00 UTC B.\n\n### Root Cause and Resolution\n\nC.\n\n### Corrective and Preventative Measures\n\n#### Improvements\n\n[What, broadly, should be improved or fixed so this cannot happen again, or is caught sooner.]\n\n#### Tasks\n\n- [ ] [A concrete task, e.g. patch the web server configuration]\n  - Type: prevent\n  - Owner: [Name]\n- [ ] [A concrete task, e.g. add monitoring on server memory]\n  - Type: detect\n  - Owner: [Name]\n',
      },
      {
        name: 'a missing first section goes before the first one present',
        text: '# X\n\n## Timeline\n\n- 10:00 UTC B.\n',
        options: { sections: ['summary', 'timeline'] },
        messages: [{ messageId: 'missing', line: 1, data: { kind: 'summary' } }],
        output:
          '# X\n\n## Issue Summary\n\n[Written for readers who will read nothing else. Three short statements:]\n\n- **Duration:** [from HH:MM to HH:MM on YYYY-MM-DD, with the time zone, e.g. 14:05 to 15:50 UTC]\n- **Impact:** [which service was down or slow, what users saw, and what percentage of users were affected]\n- **Root cause:** [the underlying cause in one sentence]\n\n## Timeline\n\n- 10:00 UTC B.\n',
      },
      {
        name: 'standard asks for more, each reported once, in the profile order',
        profile: 'standard',
        text: '# X\n\n## Summary\n\nA.\n\n## Timeline\n\n- 10:00 UTC B.\n\n## Root Cause\n\nC.\n',
        messages: [
          { messageId: 'missing', line: 1, data: { kind: 'impact' } },
          { messageId: 'missing', line: 1, data: { kind: 'detection' } },
          { messageId: 'missing', line: 1, data: { kind: 'resolution' } },
          { messageId: 'missing', line: 1, data: { kind: 'action-items' } },
          { messageId: 'missing', line: 1, data: { kind: 'lessons-learned' } },
          { messageId: 'missing', line: 1, data: { kind: 'follow-up-review' } },
        ],
      },
      {
        name: 'without a title heading the report is at line 1',
        text: '---\ntitle: X\n---\n\n## Summary\n\nA.\n',
        options: { sections: ['summary', 'timeline'] },
        messages: [{ messageId: 'missing', line: 1, data: { kind: 'timeline' } }],
      },
    ],
  });
});
