import type { SectionSpan } from '../document-view.js';
import { booleanOption, countWords } from '../rule-helpers.js';
import { CORRECTIVE_KINDS } from '../section-requirements.js';
import type { RuleContext, RuleModule } from '../types.js';

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S|<li\b/i;
// Words of prose, once markup is gone, that a broad description of improvements needs.
const MIN_IMPROVEMENT_WORDS = 8;

/** Corrective measures describe improvements broadly and list concrete tasks. */
export const correctiveMeasures: RuleModule = {
  meta: {
    id: 'corrective-measures',
    description:
      'The corrective measures describe what will improve and list concrete tasks, like a to-do list.',
    profiles: { holberton: 'error', standard: 'warn' },
    fixable: false,
    messages: {
      noTasks:
        'The corrective measures have no list of tasks. Add a to-do list of specific actions (for example "- Patch the web server", "- Add an alert on memory").',
      noImprovements:
        'The corrective measures list tasks but do not say, in a sentence or two, what will be improved and why. Describe the improvements before the tasks.',
    },
    options: {
      improvements: {
        type: 'boolean',
        default: false,
        description:
          'Whether a prose description of the improvements is required besides the tasks.',
      },
    },
    profileOptions: { holberton: { improvements: true } },
    details:
      'Reads the Corrective and Preventative Measures, Improvements and Action Items sections. Tasks are the action items the parser found (list items, table rows, task lists) or any list in those sections. Improvements are an Improvements sub-section with text, or at least eight words of prose in the corrective sections beside the task list. A document without any of these sections is left to `required-sections`.',
    examples: {
      valid: [
        '# Outage\n\n## Corrective and Preventative Measures\n\nConfiguration changes will go through review and a staging check before production.\n\n- Add a config linter to CI\n- Add an alert on 5xx rate\n',
      ],
      invalid: [
        '# Outage\n\n## Corrective and Preventative Measures\n\nWe will be more careful with configuration in the future.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const spans = view.sectionsOf(CORRECTIVE_KINDS);
    const first = spans[0];
    if (!first) return;
    const at = { line: first.line, column: 1 };
    if (!hasTasks(context, spans)) context.report({ messageId: 'noTasks', ...at });
    else if (booleanOption(context, 'improvements', false) && !hasImprovements(spans)) {
      context.report({ messageId: 'noImprovements', ...at });
    }
  },
};

function hasTasks(context: RuleContext, spans: readonly SectionSpan[]): boolean {
  if (context.model.actionItems.length > 0) return true;
  const view = context.document;
  for (const span of spans) {
    for (let l = span.line + 1; l < span.end; l++) if (LIST_ITEM.test(view.line(l))) return true;
  }
  return false;
}

function hasImprovements(spans: readonly SectionSpan[]): boolean {
  let words = 0;
  for (const span of spans) {
    const body = span.section.body;
    if (span.kind === 'improvements' && countWords(body) > 0) return true;
    if (span.kind === 'corrective-measures') words += countWords(body);
  }
  return words >= MIN_IMPROVEMENT_WORDS;
}
