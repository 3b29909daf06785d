import type { LintMessage, ScoreBreakdown } from './types.js';

/**
 * What a finding costs: an error 10 points, a warning 3, and no rule more than 20, so that
 * one repeated problem (every entry of a long timeline) cannot hide all the others.
 */
export const SCORE_WEIGHTS = { error: 10, warning: 3, maxPerRule: 20 } as const;

/** 100 less each rule's (capped) penalty, never below 0, with what each rule cost. */
export function scoreMessages(messages: readonly LintMessage[]): {
  value: number;
  breakdown: ScoreBreakdown[];
} {
  const byRule = new Map<string, { penalty: number; messages: number }>();
  for (const m of messages) {
    const entry = byRule.get(m.ruleId) ?? { penalty: 0, messages: 0 };
    entry.penalty += SCORE_WEIGHTS[m.severity];
    entry.messages++;
    byRule.set(m.ruleId, entry);
  }
  const breakdown: ScoreBreakdown[] = [...byRule].map(([ruleId, e]) => ({
    ruleId,
    penalty: Math.min(e.penalty, SCORE_WEIGHTS.maxPerRule),
    messages: e.messages,
  }));
  breakdown.sort((a, b) => b.penalty - a.penalty || (a.ruleId < b.ruleId ? -1 : 1));
  const total = breakdown.reduce((sum, b) => sum + b.penalty, 0);
  return { value: Math.max(0, 100 - total), breakdown };
}
