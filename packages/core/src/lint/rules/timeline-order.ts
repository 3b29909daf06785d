import type { TimelineEntry } from '../../model/index.js';
import { timelineKey } from '../timeline-key.js';
import type { TimelineKey } from '../timeline-key.js';
import type { RuleModule } from '../types.js';

/** Timeline entries are in the order they happened. */
export const timelineOrder: RuleModule = {
  meta: {
    id: 'timeline-order',
    description: 'Timeline entries are in chronological order.',
    profiles: { holberton: 'error', standard: 'error', sre: 'warn', minimal: 'warn' },
    fixable: false,
    messages: {
      outOfOrder:
        'This entry ({time}) is earlier than the one before it ({previous}). Move it to where it belongs, or correct its time.',
    },
    details:
      'Compares each entry with the previous one that has a time, using the instants the parser resolved: dates, time zones and midnight crossings are understood, so `23:50` followed by `00:10` is the next day, not a step back. A step back of up to six hours without a date is read as an entry out of order (docs/time.md explains the rule). Entries in different zones are compared as instants.',
    examples: {
      valid: [
        '# Outage\n\n## Timeline\n\n- 23:50 UTC Deploy starts.\n- 00:05 UTC Alert fires.\n- 00:20 UTC Rolled back.\n',
      ],
      invalid: [
        '# Outage\n\n## Timeline\n\n- 14:05 UTC Alert fires.\n- 13:55 UTC Deploy starts.\n',
      ],
    },
  },
  check(context) {
    const { timeline } = context.model;
    let previous: TimelineEntry | undefined;
    let previousKey: TimelineKey | undefined;
    for (let i = 0; i < timeline.length; i++) {
      const entry = timeline[i];
      const k = entry && timelineKey(entry);
      if (!entry || !k) continue;
      if (previous && previousKey?.kind === k.kind && k.value < previousKey.value) {
        const pos = context.document.entryPositions()[i];
        context.report({
          messageId: 'outOfOrder',
          data: { time: entry.time, previous: previous.time },
          line: pos?.line ?? 1,
          column: pos?.column ?? 1,
        });
      }
      previous = entry;
      previousKey = k;
    }
  },
};
