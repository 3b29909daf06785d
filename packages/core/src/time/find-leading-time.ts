import { matchTimeExpressionAt } from './time-expression.js';
import type { FoundTime } from './types.js';

/**
 * What may stand before the time that leads a timeline entry, repeated in any order: spaces,
 * list markers (`-`, `*`, `+`, `1.`), checkboxes, quote and table marks, emphasis, opening
 * brackets, HTML tags and entities, emoji and `:shortcodes:`, and the words At, Around, By,
 * About, Approx., Circa, `~`.
 */
const LEAD_IN_PARTS = [
  String.raw`[\s\u00a0\u2000-\u200b\u3000]+`,
  String.raw`(?:[-*+•·‣◦▪▸►–—]|\d{1,3}[.)])(?=[ \t])`,
  String.raw`\[[ xX]\](?=[ \t])`,
  String.raw`[>|~≈[({]`,
  String.raw`\*{1,3}|_{1,3}(?![_:])`,
  String.raw`<\/?[a-zA-Z][^>]*>`,
  String.raw`:[a-z0-9_+-]*[a-z_][a-z0-9_+-]*:`,
  String.raw`&(?:#\d+|#x[\da-f]+|[a-z]+);`,
  String.raw`(?:at|around|by|about|approx\.?|approximately|circa|ca\.)(?=[ \t])`,
  String.raw`\p{Extended_Pictographic}|\uFE0F|\u200D`,
];
const LEAD_IN = new RegExp(`(?:${LEAD_IN_PARTS.join('|')})+`, 'iuy');

/**
 * Finds the time that leads a timeline entry: `07:31 PM - Outage begins`,
 * `- **14:00 UTC** - Issue detected`, `* *14:51 PST* - ...`, `| 2019-11-29 12:00 | ...`,
 * `<p>&emsp;:small_orange_diamond:16:15 GMT+1: ...`, `At 3:15 PM the alert fired`. A date
 * alone does not lead an entry; a placeholder (`--:--`, `HH:MM`, `[HH:MM]`) does, without a
 * clock. Numbers that are not times (`3 servers`, `1.21B`, `1.10.0`, `127.0.0.1`) are not
 * taken. `index` and `length` cover the time expression only, so the entry's text is what
 * follows it (see {@link stripLeadingSeparator}).
 *
 * @example findLeadingTime('- **10:05 AM**: Alert') // { text: '10:05 AM', index: 4, length: 8, clock: { hour: 10, minute: 5 }, problems: [] }
 */
export function findLeadingTime(text: string): FoundTime | undefined {
  LEAD_IN.lastIndex = 0;
  const start = LEAD_IN.exec(text) === null ? 0 : LEAD_IN.lastIndex;
  if (start >= text.length) return undefined;
  return matchTimeExpressionAt(text, start, { placeholders: true });
}
