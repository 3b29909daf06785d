import type { RuleModule } from '../types.js';

// A list item (bullet or number, also inside a quote) or an HTML list item.
const BULLET = /^\s*(?:>\s*)*(?:[-*+•]|\d{1,3}[.)])\s|^\s*(?:<[^>]*>\s*)*<li\b/i;
// Lines a bullet can be put in front of without changing what kind of block they are.
const PLAIN = /^\s*[^\s<|>#]/;

/** Timeline entries are written as a bulleted list. */
export const timelineBullets: RuleModule = {
  meta: {
    id: 'timeline-bullets',
    description: 'Timeline entries are bullet points.',
    profiles: { holberton: 'error' },
    fixable: true,
    messages: {
      notBullet:
        'The entry at {time} is not a bullet point. Write the timeline as a list: one "- " bullet per event.',
    },
    details:
      'The graded form asks for the timeline as bullet points, each starting with its time. Numbered items and HTML `<li>` items count as bullets; paragraphs, table rows and `<p>` lines do not.',
    fixDescription:
      'Puts "- " in front of entries written as plain lines. Entries in tables, HTML or quotes are left for a person to rewrite.',
    examples: {
      valid: ['# Outage\n\n## Timeline\n\n- 07:31 PM Outage begins.\n- 07:33 PM Alert fires.\n'],
      invalid: [
        '# Outage\n\n## Timeline\n\n07:31 PM - Outage begins.\n\n07:33 PM - Alert fires.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const positions = view.entryPositions();
    context.model.timeline.forEach((entry, i) => {
      const pos = positions[i];
      if (!pos || pos.sharesLine) return;
      const line = view.line(pos.line);
      if (BULLET.test(line)) return;
      const indent = /^\s*/.exec(line)?.[0].length ?? 0;
      const offset = view.offset(pos.line, indent + 1);
      context.report({
        messageId: 'notBullet',
        data: { time: entry.time || 'this point' },
        line: pos.line,
        column: indent + 1,
        ...(PLAIN.test(line) ? { fix: { range: [offset, offset], text: '- ' } } : {}),
      });
    });
  },
};
