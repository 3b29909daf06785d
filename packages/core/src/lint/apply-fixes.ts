import type { FixResult, LintMessage } from './types.js';

/**
 * Applies the fixes of `messages` to `text`, in the order of their ranges. A fix that overlaps
 * one already applied is skipped (run lint again to get it), so no edit ever rewrites another's
 * result; insertions at the same place go in in message order. Text outside the fixed ranges
 * is copied unchanged.
 *
 * @example
 * const result = lintText(text, config);
 * const { output, applied } = applyFixes(text, result.messages);
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): FixResult {
  const fixable = messages
    .map((message, order) => ({ message, order }))
    .filter(({ message }) => message.fix !== undefined)
    .sort(
      (a, b) =>
        (a.message.fix?.range[0] ?? 0) - (b.message.fix?.range[0] ?? 0) ||
        (a.message.fix?.range[1] ?? 0) - (b.message.fix?.range[1] ?? 0) ||
        a.order - b.order,
    );
  const applied = new Set<LintMessage>();
  const parts: string[] = [];
  let cursor = 0;
  for (const { message } of fixable) {
    const fix = message.fix;
    if (!fix) continue;
    const [start, end] = fix.range;
    if (start < cursor || end < start || end > text.length) continue;
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    applied.add(message);
  }
  parts.push(text.slice(cursor));
  return {
    output: parts.join(''),
    applied: messages.filter((m) => applied.has(m)),
    remaining: messages.filter((m) => !applied.has(m)),
  };
}
