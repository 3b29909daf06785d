import { findDates, formatDate } from '../../time/index.js';
import { documentLine, numberOption } from '../rule-helpers.js';
import type { RuleModule } from '../types.js';

const DAY = 86_400_000;

/** A follow-up review is booked, soon enough after the incident to still matter. */
export const followUpScheduled: RuleModule = {
  meta: {
    id: 'follow-up-scheduled',
    description: 'A follow-up review is scheduled, within a month of the incident.',
    profiles: { standard: 'warn' },
    fixable: false,
    messages: {
      missing:
        'No follow-up review date is set. Book a review within {maxDays} days of the incident to check that the action items were done and worked.',
      tooLate:
        'The follow-up review ({date}) is {days} days after the incident; hold it within {maxDays} days, while the details are fresh.',
      beforeIncident:
        'The follow-up review date ({date}) is not after the incident ({incident}). Check the date.',
    },
    options: {
      maxDays: {
        type: 'number',
        default: 30,
        description: 'How many days after the incident the review may be.',
      },
    },
    details:
      "The date is the front matter's `followUp.reviewDate`, a `Review date:` line, or the first full date in the Follow-up Review section. It is compared with the incident's date when that is known.",
    examples: {
      valid: [
        '---\ndate: 2024-03-20\n---\n\n# Outage\n\n## Follow-up Review\n\nReview date: 2024-04-10, with the payments team.\n',
      ],
      invalid: [
        '---\ndate: 2024-03-20\n---\n\n# Outage\n\n## Follow-up Review\n\nWe will meet when the actions are done.\n',
        '---\ndate: 2024-03-20\n---\n\n# Outage\n\n## Follow-up Review\n\nReview date: 2024-06-30.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const spans = view.sectionsOf(['follow-up-review']);
    const maxDays = numberOption(context, 'maxDays', 30);
    const at = { line: spans[0]?.line ?? documentLine(context), column: 1 };
    const review = context.model.followUp.reviewDate ?? firstDate(view.textOf(spans));
    if (!review) {
      context.report({ messageId: 'missing', data: { maxDays }, ...at });
      return;
    }
    const incident = context.model.date;
    if (!incident) return;
    const days = Math.round((Date.parse(review) - Date.parse(incident)) / DAY);
    if (days <= 0) {
      context.report({ messageId: 'beforeIncident', data: { date: review, incident }, ...at });
    } else if (days > maxDays) {
      context.report({ messageId: 'tooLate', data: { date: review, days, maxDays }, ...at });
    }
  },
};

function firstDate(text: string): string | undefined {
  if (text === '') return undefined;
  for (const found of findDates(text)) {
    const d = found.date;
    if (d?.year !== undefined) return formatDate({ year: d.year, month: d.month, day: d.day });
  }
  return undefined;
}
