import { describe } from 'vitest';
import { testRule } from '../test-support/rule-tester.js';
import { timelineBullets } from './timeline-bullets.js';

describe('timeline-bullets', () => {
  testRule(timelineBullets, {
    valid: [
      '## Timeline\n\n- 07:31 PM Outage begins.\n* 07:33 PM Alert.\n1. 07:35 PM Paged.\n',
      { name: 'HTML list items', text: '<h3>Timeline</h3>\n<ul>\n<li>10:00 alert</li>\n</ul>\n' },
    ],
    invalid: [
      {
        name: 'paragraph entries get a bullet',
        text: '## Timeline\n\n07:31 PM - Outage begins.\n\n07:33 PM - Alert fires.\n',
        messages: [
          { messageId: 'notBullet', line: 3, column: 1, data: { time: '07:31 PM' }, fixed: true },
          { messageId: 'notBullet', line: 5, column: 1, data: { time: '07:33 PM' }, fixed: true },
        ],
        output: '## Timeline\n\n- 07:31 PM - Outage begins.\n\n- 07:33 PM - Alert fires.\n',
      },
      {
        name: 'table rows and HTML paragraphs are reported without a fix',
        text: '## Timeline\n\n| Time | Event |\n| --- | --- |\n| 10:00 | Alert |\n\n## Other\n\nText.\n\n## Timeline 2\n\n<p>11:00 Fixed</p>\n',
        messages: [
          { messageId: 'notBullet', line: 5, fixed: false },
          { messageId: 'notBullet', line: 13, fixed: false },
        ],
      },
    ],
  });
});
