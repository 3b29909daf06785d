import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { noEmptySection } from './no-empty-section.js';

describe('no-empty-section', () => {
  testRule(noEmptySection, {
    valid: [
      '# X\n\n## Summary\n\nSomething happened.\n',
      {
        name: 'a parent whose sub-sections have text',
        text: '# X\n\n## Root Cause and Resolution\n\n### Root Cause\n\nA lock.\n\n### Resolution\n\nRestarted.\n',
      },
      { name: 'a timeline with entries only', text: '# X\n\n## Timeline\n\n- 10:00 UTC Alert.\n' },
      {
        name: 'a bold label with its text on the same line',
        text: '# X\n\n**Impact**: 1,200 failed orders.\n',
      },
      { name: 'a code block', text: '# X\n\n## Logs\n\n```\nerror 500\n```\n' },
      { name: 'an image', text: '# X\n\n## Diagram\n\n![arch](arch.png)\n' },
      {
        name: 'action items lifted by the parser',
        text: '# X\n\n## Action Items\n\n- [ ] Add an alert\n',
      },
    ],
    invalid: [
      {
        name: 'a heading followed by the next heading',
        text: '# X\n\n## Summary\n\n## Timeline\n\n- 10:00 UTC Alert.\n',
        messages: [{ messageId: 'empty', line: 3, column: 1, data: { heading: 'Summary' } }],
      },
      {
        name: 'rules, breaks, comments and bare list markers are not content',
        text: '# X\n\n## Impact\n\n---\n<br/>\n<!-- to do -->\n-\n\n## Summary\n\nA.\n',
        messages: [{ messageId: 'empty', line: 3, data: { heading: 'Impact' } }],
      },
      {
        name: 'each empty sub-section is reported, not its parent',
        text: '# X\n\n## Lessons Learned\n\n### What went well\n\n### What went wrong\n\nPaging was slow.\n',
        messages: [{ messageId: 'empty', line: 5, data: { heading: 'What went well' } }],
      },
      {
        name: 'HTML headings',
        text: '<h2>Summary</h2>\n<hr>\n<h2>Timeline</h2>\n<p>10:00 UTC alert</p>\n',
        messages: [{ messageId: 'empty', line: 1, data: { heading: 'Summary' } }],
      },
    ],
  });
});
