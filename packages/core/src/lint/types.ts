import type { Postmortem } from '../model/index.js';
import type { ParseResult } from '../markdown/index.js';
import type { DocumentView } from './document-view.js';

/** How much a finding matters. `off` only appears in configuration. */
export type Severity = 'error' | 'warning';
export type RuleLevel = 'off' | 'warn' | 'error';

/** The profiles (presets) a document can be checked against. */
export type ProfileName = 'standard' | 'holberton' | 'sre' | 'minimal';

/** A text edit: replace `range` (UTF-16 offsets into the original text, end exclusive) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One finding. Lines and columns are 1-based, as editors and SARIF count them. */
export interface LintMessage {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** The message with its data filled in. */
  message: string;
  /** The values the message template was filled with, for tests and tools. */
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A safe, automatic fix (`--fix`). */
  fix?: Fix;
  /** A suggested rewording that a person should review (never applied by `--fix`). */
  suggestion?: string;
}

/** What a rule declares about itself; the rule index, profiles and docs are generated from it. */
export interface RuleMeta {
  id: string;
  description: string;
  /** Profiles that turn the rule on, with the level each gives it. */
  profiles: Partial<Record<ProfileName, Exclude<RuleLevel, 'off'>>>;
  fixable: boolean;
  /** Message templates keyed by message id, with `{placeholders}`. */
  messages: Record<string, string>;
  /** JSON-schema-like description of the options, for docs and validation. */
  options?: Record<string, RuleOptionMeta>;
  /**
   * Option values a profile sets for the rule, over the defaults (holberton's word-count
   * range, say). A user's own options in the config override these.
   */
  profileOptions?: Partial<Record<ProfileName, Record<string, unknown>>>;
  /** Examples for the rule's doc page, also run as tests. */
  examples?: { valid: string[]; invalid: string[] };
  /**
   * Options the examples are checked with, over those of the first profile that turns the
   * rule on (so that a word-count example need not be 400 words long).
   */
  exampleOptions?: Record<string, unknown>;
  /** Longer explanation for the doc page: how the rule decides, in a paragraph or two. */
  details?: string;
  /** What `--fix` changes, for the doc page (fixable rules only). */
  fixDescription?: string;
}

/**
 * One option of a rule. `enum` limits string values (each item, for `string[]`). Numbers
 * are 0 or more.
 */
export interface RuleOptionMeta {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: unknown;
  description: string;
  enum?: readonly string[];
}

/** The document a rule looks at: the text, its lines, and what the parser understood. */
export interface RuleContext {
  text: string;
  lines: readonly string[];
  parsed: ParseResult;
  model: Postmortem;
  profile: ProfileName;
  options: Record<string, unknown>;
  /** The file being linted, when the caller named it. */
  fileName?: string;
  /**
   * Shared, lazily computed views of the text (sections with their line ranges, prose with
   * code and link targets masked, entry positions), so that no rule re-reads the document.
   */
  document: DocumentView;
  report(report: {
    messageId: string;
    data?: Record<string, string | number>;
    line: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    fix?: Fix;
    suggestion?: string;
  }): void;
}

export interface RuleModule {
  meta: RuleMeta;
  /** Runs the rule over one document; reports through the context. */
  check(context: RuleContext): void;
}

/** A rule's setting in a config: a level, or a level with options. */
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>];

/** The part of `hindsight.config.json` the linter reads. */
export interface LintConfig {
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
}

export interface ScoreBreakdown {
  ruleId: string;
  penalty: number;
  /** How many findings of the rule the penalty is for. */
  messages: number;
}

export interface LintResult {
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** 0 to 100: 100 less the penalties of the findings, with what each rule cost. */
  score: { value: number; breakdown: ScoreBreakdown[] };
  profile: ProfileName;
  /** Words of prose, as the word-count rule counts them. */
  wordCount: number;
}

/** `resolveConfig`'s answer: the profile and, for every rule, its level and its options. */
export interface ResolvedConfig {
  profile: ProfileName;
  rules: Record<string, { level: RuleLevel; options: Record<string, unknown> }>;
}

/** Options for one lint run. */
export interface LintOptions {
  /** Used for a fallback title and in messages. */
  fileName?: string;
}

/** `applyFixes`'s answer: the fixed text, the messages whose fixes went in, and the rest. */
export interface FixResult {
  output: string;
  applied: LintMessage[];
  /** Messages with no fix, or whose fix overlapped one applied before it. */
  remaining: LintMessage[];
}
