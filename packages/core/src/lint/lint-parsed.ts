import type { ParseResult } from '../markdown/index.js';
import { applyDirectives } from './directives.js';
import { DocumentView } from './document-view.js';
import { formatMessage } from './format-message.js';
import { resolveConfig } from './resolve-config.js';
import { RULES } from './rules/index.js';
import { scoreMessages } from './score.js';
import type {
  LintConfig,
  LintMessage,
  LintOptions,
  LintResult,
  ResolvedConfig,
  RuleContext,
  RuleModule,
} from './types.js';

// Configs are usually one object reused for every file of a run; resolve each once.
const resolved = new WeakMap<object, ResolvedConfig>();
let defaultConfig: ResolvedConfig | undefined;

function resolveCached(config: LintConfig | undefined): ResolvedConfig {
  if (config === undefined) return (defaultConfig ??= resolveConfig());
  const hit = resolved.get(config);
  if (hit) return hit;
  const value = resolveConfig(config);
  resolved.set(config, value);
  return value;
}

/**
 * Runs the rules over a document the caller has already parsed (the server parses on save
 * anyway), with `text` the exact text that was parsed: fixes are offsets into it. Messages
 * come sorted by line and column, without those that inline directives turn off.
 *
 * @example
 * const parsed = parsePostmortem(text);
 * const { messages, score } = lintParsed(parsed, text, { profile: 'holberton' });
 */
export function lintParsed(
  parsed: ParseResult,
  text: string,
  config?: LintConfig,
  options: LintOptions = {},
): LintResult {
  const { profile, rules } = resolveCached(config);
  const view = new DocumentView(text, parsed);
  const messages: LintMessage[] = [];
  // One context for all the rules, its options and reporter switched from rule to rule: rules
  // run one after the other and keep nothing of it, and twenty objects and closures a document
  // are garbage that thousands of files add up.
  let rule: RuleModule | undefined;
  let severity: LintMessage['severity'] = 'error';
  const context: RuleContext = {
    text,
    lines: view.lines,
    parsed,
    model: parsed.model,
    profile,
    options: {},
    document: view,
    report: (r) => {
      if (rule) messages.push(toMessage(rule, severity, r));
    },
  };
  if (options.fileName !== undefined) context.fileName = options.fileName;
  for (const current of RULES) {
    const setting = rules[current.meta.id];
    if (!setting || setting.level === 'off') continue;
    rule = current;
    severity = setting.level === 'error' ? 'error' : 'warning';
    context.options = setting.options;
    try {
      current.check(context);
    } catch (error) {
      // One broken rule must not hide the others' findings on a thousand-file run.
      messages.push({
        ruleId: current.meta.id,
        messageId: 'rule-error',
        severity: 'error',
        message: `The rule failed on this document: ${error instanceof Error ? error.message : String(error)}`,
        line: 1,
        column: 1,
      });
    }
  }
  const kept = applyDirectives(view, messages);
  kept.sort((a, b) => a.line - b.line || a.column - b.column);
  let errorCount = 0;
  let fixableCount = 0;
  for (const m of kept) {
    if (m.severity === 'error') errorCount++;
    if (m.fix) fixableCount++;
  }
  return {
    messages: kept,
    errorCount,
    warningCount: kept.length - errorCount,
    fixableCount,
    score: scoreMessages(kept),
    profile,
    wordCount: parsed.wordCount,
  };
}

function toMessage(
  rule: RuleModule,
  severity: LintMessage['severity'],
  r: Parameters<RuleContext['report']>[0],
): LintMessage {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) {
    throw new Error(`rule ${rule.meta.id} reported unknown message id "${r.messageId}"`);
  }
  const message: LintMessage = {
    ruleId: rule.meta.id,
    messageId: r.messageId,
    severity,
    message: formatMessage(template, r.data),
    line: r.line,
    column: r.column ?? 1,
  };
  // Optional fields are set only when present, so JSON output and test snapshots stay small.
  if (r.data) message.data = r.data;
  if (r.endLine !== undefined) message.endLine = r.endLine;
  if (r.endColumn !== undefined) message.endColumn = r.endColumn;
  if (r.fix) message.fix = r.fix;
  if (r.suggestion !== undefined) message.suggestion = r.suggestion;
  return message;
}
