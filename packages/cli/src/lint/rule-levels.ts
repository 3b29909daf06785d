import type { ResolvedConfig, RuleLevel } from '@hindsight/core/lint';

/** The level each rule has in a resolved configuration, for reports that list every rule. */
export function ruleLevels(resolved: ResolvedConfig): Record<string, RuleLevel> {
  return Object.fromEntries(Object.entries(resolved.rules).map(([id, rule]) => [id, rule.level]));
}
