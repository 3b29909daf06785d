import { booleanOption, contentWords, numberOption } from '../rule-helpers.js';
import { ROOT_CAUSE_KINDS } from '../section-requirements.js';
import type { RuleModule } from '../types.js';

// Wording that names a cause; a summary without any of it leaves readers asking why.
const CAUSE =
  /\broot[- ]?causes?\b|\bcaus(?:e|ed|es|ing)\b|\bbecause\b|\bdue to\b|\bresult(?:ed|ing)? (?:of|from)\b|\btrigger(?:ed)?\b|\bstemm?(?:ed|ing)? from\b|\bled to\b|\bbrought (?:down|about)\b|\bowing to\b|\bthanks to\b|\bthe reason\b/i;

/** The root cause is written down, at some length, and (for the graded form) in the summary. */
export const rootCauseStated: RuleModule = {
  meta: {
    id: 'root-cause-stated',
    description:
      'The root cause is explained in its own section, and named in the summary where the profile asks.',
    profiles: { holberton: 'error', standard: 'error', sre: 'error', minimal: 'warn' },
    fixable: false,
    messages: {
      tooShort:
        'The root cause is explained in {words} words. Say what in the system or the process let the failure happen (at least {min} words).',
      notInSummary:
        'The summary does not say what caused the outage. Add a sentence naming the root cause; executives may read nothing else.',
    },
    options: {
      minWords: {
        type: 'number',
        default: 8,
        description: 'The fewest words the root-cause sections may hold together.',
      },
      inSummary: {
        type: 'boolean',
        default: false,
        description: 'Whether the summary must also name the cause.',
      },
    },
    profileOptions: { holberton: { inSummary: true } },
    details:
      'The root cause may be in a Root Cause section or a combined Root Cause and Resolution section, with any sub-sections. A document with no such section is left to `required-sections`. In the summary, any wording that names a cause counts ("root cause", "caused by", "because", "due to", "triggered", "led to").',
    examples: {
      valid: [
        '# Deploy outage\n\n## Summary\n\nErrors rose for ten minutes because a config change removed a route.\n\n## Root Cause\n\nThe release pipeline applied configuration changes to every region at once, with no canary.\n',
      ],
      invalid: [
        '# Deploy outage\n\n## Summary\n\nErrors rose for ten minutes.\n\n## Root Cause\n\nConfig.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const spans = view.sectionsOf(ROOT_CAUSE_KINDS);
    const first = spans[0];
    const min = numberOption(context, 'minWords', 8);
    if (first) {
      const words = contentWords(context, spans, min);
      if (words < min) {
        context.report({
          messageId: 'tooShort',
          data: { words, min },
          line: first.line,
          column: 1,
        });
      }
    }
    if (!booleanOption(context, 'inSummary', false)) return;
    const summaries = view.summaries();
    const summary = summaries[0];
    if (!summary || view.anyLine(summaries, CAUSE)) return;
    context.report({ messageId: 'notInSummary', line: summary.line, column: 1 });
  },
};
