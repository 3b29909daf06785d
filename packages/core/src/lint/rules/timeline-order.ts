import type { TimelineEntry } from '../../model/index.js';
import type { RuleModule } from '../types.js';

const OFFSET = /(?:Z|[+-]\d\d:\d\d)$/;

/** A sortable key; keys of different kinds are never compared. */
interface Key {
  kind: 'utc' | 'local' | 'day';
  value: number;
}

/**
 * Milliseconds for an instant with an offset, local milliseconds without one, or seconds
 * from the first day's midnight when only the clock (and the day offset) is known.
 */
function key(entry: TimelineEntry): Key | undefined {
  if (entry.at) {
    const zoned = OFFSET.test(entry.at);
    const value = Date.parse(zoned ? entry.at : `${entry.at}Z`);
    return Number.isNaN(value) ? undefined : { kind: zoned ? 'utc' : 'local', value };
  }
  const c = entry.clock;
  if (!c || entry.date) return undefined;
  // `HH:MM` or `HH:MM:SS`, as the model guarantees.
  const seconds =
    Number(c.slice(0, 2)) * 3600 + Number(c.slice(3, 5)) * 60 + Number(c.slice(6, 8) || 0);
  return { kind: 'day', value: (entry.dayOffset ?? 0) * 86_400 + seconds };
}

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
    const positions = context.document.entryPositions();
    let previous: { entry: TimelineEntry; key: Key } | undefined;
    context.model.timeline.forEach((entry, i) => {
      const k = key(entry);
      if (!k) return;
      if (previous && previous.key.kind === k.kind && k.value < previous.key.value) {
        const pos = positions[i];
        context.report({
          messageId: 'outOfOrder',
          data: { time: entry.time, previous: previous.entry.time },
          line: pos?.line ?? 1,
          column: pos?.column ?? 1,
        });
      }
      previous = { entry, key: k };
    });
  },
};
