import type { LintMessage } from '@hindsight/core/lint';
import type { FileLintResult } from './file-lint-result.js';
import type { FormatContext } from './format-context.js';
import { jsonPieces } from './json-pieces.js';
import { reportPath } from './report-path.js';

/** Raised when a field of the JSON report changes meaning or disappears (docs/cli.md). */
export const LINT_JSON_VERSION = 1;

/** Stands for the files in the report's skeleton; no path can contain a NUL. */
const FILES = '\u0000files';

/**
 * The report for scripts: a versioned object with the totals and, per file, its counts,
 * score and messages in line order. Keys always appear in the same order and optional
 * message fields are left out rather than set to null, so that diffs of reports stay small.
 */
export function formatJson(
  results: readonly FileLintResult[],
  context: FormatContext,
): Iterable<string> {
  // Totals first, from the counts alone, so that each file's messages are read only once.
  const score = sum(results, (r) => r.result.score.value);
  const report = {
    version: LINT_JSON_VERSION,
    tool: { name: 'hindsight', version: context.version },
    totals: {
      files: results.length,
      errorCount: sum(results, (r) => r.result.errorCount),
      warningCount: sum(results, (r) => r.result.warningCount),
      fixableCount: sum(results, (r) => r.result.fixableCount),
      meanScore: results.length === 0 ? null : Math.round(score / results.length),
    },
    files: [FILES],
  };
  // One file at a time, so that only one file's messages are ever decoded at once.
  function* files(): Generator<ReturnType<typeof jsonFile>> {
    for (const file of results) yield jsonFile(file, context);
  }
  return jsonPieces(report, FILES, files());
}

function jsonFile({ filePath, result }: FileLintResult, context: FormatContext) {
  return {
    path: reportPath(filePath, context.cwd),
    profile: result.profile,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableCount: result.fixableCount,
    score: result.score.value,
    scoreBreakdown: result.score.breakdown.map((b) => ({
      ruleId: b.ruleId,
      penalty: b.penalty,
      messages: b.messages,
    })),
    wordCount: result.wordCount,
    messages: [...result.messages].sort(byPosition).map(jsonMessage),
  };
}

function jsonMessage(m: LintMessage): Record<string, unknown> {
  return {
    ruleId: m.ruleId,
    messageId: m.messageId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    ...(m.endLine === undefined ? {} : { endLine: m.endLine }),
    ...(m.endColumn === undefined ? {} : { endColumn: m.endColumn }),
    ...(m.data === undefined ? {} : { data: m.data }),
    ...(m.fix === undefined ? {} : { fix: { range: m.fix.range, text: m.fix.text } }),
    ...(m.suggestion === undefined ? {} : { suggestion: m.suggestion }),
  };
}

/** Line, column, then rule id by code unit, the same on every machine and locale. */
function byPosition(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}
