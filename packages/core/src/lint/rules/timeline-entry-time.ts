import { findLeadingTime } from '../../time/index.js';
import { clip, firstColumn } from '../rule-helpers.js';
import type { RuleModule } from '../types.js';

// Markup that may stand before an entry's time: list and quote marks, table pipes,
// checkboxes, emphasis, brackets, tags, entities, emoji codes and emoji.
const LEAD_IN =
  /^(?:[\s\-*+>|~#_[\](){}•·]|\d{1,3}[.)]|<[^>]*>|&\w+;|:[a-z0-9_+-]+:|\p{Extended_Pictographic}|\uFE0F|\u200D)*$/u;
// The ASCII marks of LEAD_IN that stand alone: space, tab, - * + > | ~ # _ [ ] ( ) { }.
const MARKS = new Set([
  9, 10, 11, 12, 13, 32, 45, 42, 43, 62, 124, 126, 35, 95, 91, 93, 40, 41, 123, 125,
]);

/**
 * Whether only markup stands before column `column` of `line`: LEAD_IN, checked character by
 * character first, since what stands there is nearly always a few of these marks.
 */
function onlyMarkupBefore(line: string, column: number): boolean {
  const end = column - 1;
  let i = 0;
  while (i < end && MARKS.has(line.charCodeAt(i))) i++;
  return i === end || LEAD_IN.test(line.slice(0, end));
}

// What still counts as text in a timeline section that holds no entries at all.
const WORDS = /\p{L}{2}/u;

/** Every timeline entry starts with the time it happened. */
export const timelineEntryTime: RuleModule = {
  meta: {
    id: 'timeline-entry-time',
    description: 'Every timeline entry starts with its time.',
    profiles: { holberton: 'error', standard: 'error', sre: 'warn', minimal: 'warn' },
    fixable: false,
    messages: {
      missing:
        'This timeline entry has no time ("{text}"). Start it with when it happened, for example "14:05 UTC".',
      notLeading:
        'The time of this entry ({time}) is not at its start. Put the time first, so the timeline reads down one column.',
      noEntries:
        'The timeline is written as prose, with no entries that start with a time. Write one line (or bullet) per event, each starting with its time.',
    },
    details:
      'Entries are what the parser reads as timeline entries: list items, table rows and lines in Timeline sections (see docs/parser.md). An entry is reported when it has no time at all, or when its time comes after other words (`Detected at 14:05`). Placeholder times such as `HH:MM` are left to `no-placeholder`.',
    examples: {
      valid: ['# Outage\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- 14:20 UTC Rolled back.\n'],
      invalid: [
        '# Outage\n\n## Timeline\n\n- 14:05 UTC Alert fired.\n- Rolled back the deploy.\n',
        '# Outage\n\n## Timeline\n\nThe alert fired in the afternoon and we rolled back soon after.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const { timeline } = context.model;
    const positions = view.entryPositions();
    timeline.forEach((entry, i) => {
      const pos = positions[i];
      if (!pos) return;
      const line = view.line(pos.line);
      if (entry.time === '') {
        context.report({
          messageId: 'missing',
          data: { text: clip(entry.text, 50) },
          line: pos.line,
          column: firstColumn(line),
        });
        return;
      }
      // Entries after the first on a run-on line start where their time is, by construction.
      if (pos.sharesLine) return;
      // Usually only markup stands before the time; only other lines are read in full.
      if (onlyMarkupBefore(line, pos.column) || findLeadingTime(line) !== undefined) {
        return;
      }
      context.report({
        messageId: 'notLeading',
        data: { time: entry.time },
        line: pos.line,
        column: pos.column,
        endLine: pos.line,
        endColumn: pos.column + entry.time.length,
      });
    });
    if (timeline.length > 0) return;
    for (const span of view.sectionsOf(['timeline'])) {
      const text = view.scopeText(span, true).split('\n').slice(1).join('\n');
      if (!WORDS.test(text)) continue;
      context.report({ messageId: 'noEntries', line: span.line, column: 1 });
      return;
    }
  },
};
