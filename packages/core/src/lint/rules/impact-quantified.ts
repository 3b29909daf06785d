import type { Impact } from '../../model/index.js';
import { stringOption } from '../rule-helpers.js';
import type { RuleModule } from '../types.js';

const PERCENT = /\d\s?%|\b\d[\d.,]*\s?(?:percent|per cent)\b/i;

// A number with something countable after it (a few words may stand between: "12,000 active
// users"), an amount of money, or a number with a magnitude ("3.7M", "1.21B").
const QUANTITY = new RegExp(
  [
    '\\d\\s?%',
    '[$€£¥]\\s?\\d',
    '\\b\\d[\\d.,]*\\s?(?:k|m|b|bn|thousand|million|billion)\\b',
    '\\b\\d[\\d.,]*\\s+(?:[\\w-]+\\s+){0,2}(?:users?|customers?|clients?|requests?|queries|calls|orders|transactions|accounts|sessions|errors|tickets|payments|visitors|devices|sites|members|people|students|downloads|builds|messages|emails|jobs|pages|searches|sign-?ups|logins|subscribers|merchants|dollars|euros|pounds)\\b',
  ].join('|'),
  'i',
);

/** The impact is given in numbers: a share of users, or counts and amounts. */
export const impactQuantified: RuleModule = {
  meta: {
    id: 'impact-quantified',
    description:
      'The impact is measured: a percentage of users, or counts of users, requests or money.',
    profiles: { holberton: 'error', standard: 'warn', sre: 'warn' },
    fixable: false,
    messages: {
      noPercent:
        'The summary does not estimate what share of users was affected. Give a percentage, even a rough one ("about 30% of users").',
      noNumbers:
        'The impact is not measured. Say how many users or customers were affected, how many requests failed, or what it cost.',
    },
    options: {
      require: {
        type: 'string',
        default: 'numbers',
        enum: ['percent', 'numbers'],
        description:
          '`percent`: a percentage of users must be given. `numbers`: any count or amount will do (users, customers, requests, revenue, a percentage).',
      },
    },
    profileOptions: { holberton: { require: 'percent' }, standard: { require: 'numbers' } },
    details:
      'Reads the summary and impact sections (with their sub-sections) and the impact the parser already understood (the front matter\'s `impact` block, or sentences such as "60% of users"). A number counts when a countable thing follows it within two words, when it is money, or when it has a magnitude (`3.7M`).',
    examples: {
      valid: [
        '# API outage\n\n## Impact\n\nAbout 4,000 customers saw errors and 98,000 requests failed.\n',
      ],
      invalid: ['# API outage\n\n## Impact\n\nMany customers saw errors for a while.\n'],
    },
  },
  check(context) {
    const view = context.document;
    const spans = [...view.sectionsOf(['impact']), ...view.summaries()];
    const where = view.sectionsOf(['impact'])[0] ?? spans[0];
    if (!where) return;
    const impact = context.model.impact;
    if (stringOption(context, 'require', 'numbers') === 'percent') {
      if (impact.usersAffectedPercent !== undefined || view.anyLine(spans, PERCENT)) return;
      context.report({ messageId: 'noPercent', line: where.line, column: 1 });
      return;
    }
    if (hasNumbers(impact) || view.anyLine(spans, QUANTITY)) return;
    context.report({ messageId: 'noNumbers', line: where.line, column: 1 });
  },
};

function hasNumbers(impact: Impact): boolean {
  return (
    impact.usersAffectedPercent !== undefined ||
    impact.usersAffectedCount !== undefined ||
    impact.customersAffected !== undefined ||
    impact.failedRequests !== undefined ||
    impact.revenue !== undefined ||
    impact.supportTickets !== undefined
  );
}
