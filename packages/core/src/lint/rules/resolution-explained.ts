import { contentWords, numberOption } from '../rule-helpers.js';
import type { RuleModule } from '../types.js';

// Something was done: the verbs of a fix, a rollback, a restart or a recovery.
const FIX =
  /\b(?:resolv|fix|restor|roll(?:ed|ing)? ?back|rollback|revert|restart|reboot|patch|re-?deploy|deploy|replac|correct|remov|add(?:ed|ing)\b|chang|updat|edit|reconfigur|recover|mitigat|disabl|enabl|increas|scal|clear|start|kill|upgrad|downgrad|appl(?:y|ied)|re-?ran|rebuil|flush|free|renew|migrat|switch|redirect|fail(?:ed)? ?over|purg|drain|block|rotat|modif|set\b|moved?\b|install|reinstat|unblock)/i;

/** The resolution says, at some length, what was done to restore service. */
export const resolutionExplained: RuleModule = {
  meta: {
    id: 'resolution-explained',
    description: 'The resolution explains what was done to restore service, in some detail.',
    profiles: { holberton: 'error', standard: 'warn', sre: 'warn' },
    fixable: false,
    messages: {
      tooShort:
        'The resolution is explained in {words} words. Say what was changed, rolled back or restarted, and how you knew it worked (at least {min} words).',
      noFix:
        'The resolution does not say what was done. Name the action that restored service (a rollback, a restart, a patch, a configuration change).',
    },
    options: {
      minWords: {
        type: 'number',
        default: 12,
        description: 'The fewest words the resolution may take.',
      },
    },
    details:
      'Reads the Resolution sections (also Short-term Fix and Recovery), or, when there are none, a combined Root Cause and Resolution section. A document with neither is left to `required-sections`. The text must name an action: a verb of fixing, rolling back, restarting, replacing, scaling and the like.',
    examples: {
      valid: [
        '# Outage\n\n## Resolution\n\nWe rolled back to the previous release, then confirmed on the dashboard that the error rate was normal again.\n',
      ],
      invalid: ['# Outage\n\n## Resolution\n\nIt went away after a while.\n'],
    },
  },
  check(context) {
    const view = context.document;
    let spans = view.sectionsOf(['resolution', 'short-term-fix', 'recovery']);
    if (spans.length === 0) spans = view.sectionsOf(['root-cause-and-resolution']);
    const first = spans[0];
    if (!first) return;
    const min = numberOption(context, 'minWords', 12);
    const words = contentWords(context, spans, min);
    const at = { line: first.line, column: 1 };
    if (words < min) context.report({ messageId: 'tooShort', data: { words, min }, ...at });
    else if (!view.anyLine(spans, FIX)) context.report({ messageId: 'noFix', ...at });
  },
};
