import type { ActionItem } from '../../model/index.js';
import { clip, firstColumn, listOption } from '../rule-helpers.js';
import type { RuleContext, RuleModule } from '../types.js';

const FIELDS = ['owner', 'due', 'status', 'type', 'priority'] as const;
type Field = (typeof FIELDS)[number];
const LABELS: Record<Field, string> = {
  owner: 'owner',
  due: 'due date',
  status: 'status',
  type: 'type',
  priority: 'priority',
};

/** Action items carry what it takes to get them done: an owner, a due date, a status. */
export const actionItemFields: RuleModule = {
  meta: {
    id: 'action-item-fields',
    description:
      'Every action item has the fields its profile asks for (owner, due date, status), and is due after the incident.',
    profiles: { standard: 'error', sre: 'warn', minimal: 'warn' },
    fixable: false,
    messages: {
      missingFields:
        'Action item "{item}" has no {fields}. Add what is missing as sub-items (for example "- Owner: ana", "- Due: 2024-05-01"), so that the item gets done.',
      dueBeforeIncident:
        'Action item "{item}" is due on {due}, which is not after the incident ({date}). Give it a due date after the incident.',
    },
    options: {
      require: {
        type: 'string[]',
        default: ['owner', 'due'],
        enum: FIELDS,
        description:
          'The fields every action item needs: `owner`, `due`, `status` (a task-list box or a Status line), `type`, `priority`.',
      },
    },
    profileOptions: {
      standard: { require: ['owner', 'due'] },
      sre: { require: ['owner'] },
      minimal: { require: ['owner'] },
    },
    details:
      'Action items are the ones the parser lifts from Action Items sections (or Corrective Measures when there is no Action Items section), with their fields written as sub-items, inline (`(owner: bob)`) or as table columns (docs/format.md). A field written as a template prompt such as `[Name]` counts as present here and is reported by `no-placeholder`. A due date is checked against the incident date when both are known.',
    examples: {
      valid: [
        '---\ndate: 2024-03-20\n---\n\n# Outage\n\n## Action Items\n\n- [ ] Add a canary stage\n  - Owner: ana\n  - Due: 2024-04-15\n',
      ],
      invalid: [
        '---\ndate: 2024-03-20\n---\n\n# Outage\n\n## Action Items\n\n- [ ] Add a canary stage\n',
        '---\ndate: 2024-03-20\n---\n\n# Outage\n\n## Action Items\n\n- [ ] Add a canary stage\n  - Owner: ana\n  - Due: 2024-03-01\n',
      ],
    },
  },
  check(context) {
    const required = listOption(context, 'require').filter(isField);
    const { actionItems, date } = context.model;
    const lines = context.parsed.source.actionItems;
    actionItems.forEach((item, i) => {
      const line = lines[i]?.line ?? 1;
      const at = { line, column: firstColumn(context.document.line(line)) };
      const missing = required.filter((f) => !has(context, item, f, i));
      if (missing.length > 0) {
        context.report({
          messageId: 'missingFields',
          data: { item: clip(item.title, 50), fields: joinWords(missing.map((f) => LABELS[f])) },
          ...at,
        });
      }
      if (item.due && date && item.due <= date) {
        context.report({
          messageId: 'dueBeforeIncident',
          data: { item: clip(item.title, 50), due: item.due, date },
          ...at,
        });
      }
    });
  },
};

function isField(value: string): value is Field {
  return (FIELDS as readonly string[]).includes(value);
}

function has(context: RuleContext, item: ActionItem, field: Field, index: number): boolean {
  if (field !== 'status') return item[field] !== undefined;
  // The model always has a status (open by default), so look for one written in the text:
  // a task-list box, a Status line under the item, or a Status column in its table.
  const view = context.document;
  const lines = context.parsed.source.actionItems;
  const start = lines[index]?.line ?? 1;
  const first = view.line(start);
  if (/^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/.test(first)) return true;
  const end = lines[index + 1]?.line ?? Math.min(view.lines.length + 1, start + 12);
  for (let l = start; l < end; l++) if (/\bstatus\b/i.test(view.line(l))) return true;
  if (first.trimStart().startsWith('|')) {
    for (let l = start - 1; l > 0 && view.line(l).trimStart().startsWith('|'); l--) {
      if (/\|\s*status\s*\|/i.test(view.line(l))) return true;
    }
  }
  return false;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
