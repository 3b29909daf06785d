export type {
  Fix,
  FixResult,
  LintConfig,
  LintMessage,
  LintOptions,
  LintResult,
  ProfileName,
  ResolvedConfig,
  RuleContext,
  RuleLevel,
  RuleMeta,
  RuleModule,
  RuleOptionMeta,
  RuleSetting,
  ScoreBreakdown,
  Severity,
} from './types.js';
export { lintText } from './lint-text.js';
export { lintParsed } from './lint-parsed.js';
export { applyFixes } from './apply-fixes.js';
export { resolveConfig } from './resolve-config.js';
export { RULES } from './rules/index.js';
export {
  PROFILES,
  PROFILE_NAMES,
  PROFILE_DESCRIPTIONS,
  DEFAULT_PROFILE,
  buildProfiles,
  isProfileName,
} from './profiles.js';
export type { ProfileRules } from './profiles.js';
export {
  renderRuleDoc,
  renderRulesTable,
  renderProfilesTable,
  exampleProfile,
} from './render-rule-doc.js';
export { SCORE_WEIGHTS, scoreMessages } from './score.js';
export { formatMessage } from './format-message.js';
export { DocumentView } from './document-view.js';
export type { SectionSpan, EntryPosition } from './document-view.js';
