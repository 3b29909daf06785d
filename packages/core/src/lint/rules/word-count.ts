import { documentLine, numberOption } from '../rule-helpers.js';
import type { RuleModule } from '../types.js';

/** The document is within the profile's length range. */
export const wordCount: RuleModule = {
  meta: {
    id: 'word-count',
    description: 'The document is neither shorter nor longer than its profile allows.',
    profiles: { holberton: 'error', standard: 'warn' },
    fixable: false,
    messages: {
      tooShort:
        'The document has {count} words; this profile asks for at least {min}. Explain the timeline, the cause and the fix in more detail.',
      tooLong:
        'The document has {count} words; this profile asks for at most {max}. Cut repetition, or move long logs and background to an appendix.',
    },
    options: {
      min: { type: 'number', default: 0, description: 'The fewest words allowed (0: no minimum).' },
      max: { type: 'number', default: 0, description: 'The most words allowed (0: no maximum).' },
    },
    profileOptions: { holberton: { min: 400, max: 600 }, standard: { min: 300, max: 0 } },
    exampleOptions: { min: 10, max: 40 },
    details:
      'Counts the words a reader reads: the body after the front matter, without code blocks, HTML tags and comments, URLs, link targets, entities or emoji codes. Headings, lists and tables count.',
    examples: {
      valid: [
        '# Cache outage\n\n## Summary\n\nCheckout failed for twenty minutes after a cache deploy, and we rolled it back.\n',
      ],
      invalid: ['# Outage\n\n## Summary\n\nToo short.\n'],
    },
  },
  check(context) {
    const min = numberOption(context, 'min', 0);
    const max = numberOption(context, 'max', 0);
    if (min <= 0 && max <= 0) return;
    const count = context.parsed.wordCount;
    const at = { line: documentLine(context), column: 1 };
    if (min > 0 && count < min)
      context.report({ messageId: 'tooShort', data: { count, min }, ...at });
    if (max > 0 && count > max)
      context.report({ messageId: 'tooLong', data: { count, max }, ...at });
  },
};
