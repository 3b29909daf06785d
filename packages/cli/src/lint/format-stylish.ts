import type { LintMessage, LintResult } from '@hindsight/core/lint';
import type { FileLintResult } from './file-lint-result.js';
import type { FormatContext, ReportBuilder } from './format-context.js';
import { reportPath } from './report-path.js';

/**
 * The report for people, after ESLint's "stylish": each file with problems, then its
 * problems as `line:col  severity  message  rule-id` in aligned columns, then a summary with
 * the counts, what `--fix` can repair and the mean score. With `showScore`, every file is
 * listed, clean ones too, with what each rule cost it.
 */
export function* formatStylish(
  results: readonly FileLintResult[],
  context: FormatContext,
): Generator<string> {
  const report = stylishReport(context);
  for (const file of results) {
    const chunk = report.file(file);
    if (chunk !== '') yield chunk;
  }
  yield report.end();
}

/**
 * {@link formatStylish} one file at a time: each file's block depends on that file alone and
 * the summary on running totals, so the report can be written while later files are linted.
 */
export function stylishReport(context: FormatContext): ReportBuilder {
  const { paint } = context;
  const totals = { files: 0, withProblems: 0, scoreSum: 0, ...emptyCounts() };
  let printed = false;
  return {
    file({ filePath, result }) {
      // Read once: a result from a worker or the cache decodes its messages on each read.
      const messages = result.messages;
      totals.files++;
      totals.scoreSum += result.score.value;
      if (messages.length > 0) totals.withProblems++;
      countInto(totals, messages);
      if (messages.length === 0 && !context.showScore) return '';
      const score = `score ${result.score.value}/100`;
      let chunk = `\n${paint.bold(reportPath(filePath, context.cwd))}  ${scoreColour(result.score.value, score, context)}\n`;
      chunk += messageTable(messages, context);
      if (context.showScore && result.score.breakdown.length > 0) {
        chunk += `  ${breakdown(result)}\n`;
      }
      printed = true;
      return chunk;
    },
    end: () => `${printed ? '\n' : ''}${summary(totals, context)}`,
  };
}

interface Counts {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

function emptyCounts(): Counts {
  return { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
}

function countInto(counts: Counts, messages: readonly LintMessage[]): void {
  for (const m of messages) {
    const fixable = m.fix !== undefined ? 1 : 0;
    if (m.severity === 'error') {
      counts.errors++;
      counts.fixableErrors += fixable;
    } else {
      counts.warnings++;
      counts.fixableWarnings += fixable;
    }
  }
}

function messageTable(messages: readonly LintMessage[], { paint }: FormatContext): string {
  // Plain loops: this runs once per message of every file, so on a big run it is most of
  // the report's time, and a one-off process never gets to optimise fancier code.
  const sorted = isSorted(messages) ? messages : [...messages].sort(byPosition);
  const positions: string[] = [];
  const texts: string[] = [];
  let positionWidth = 0;
  let messageWidth = 0;
  let severityWidth = 0;
  for (const m of sorted) {
    const position = `${m.line}:${m.column}`;
    const text = oneLine(m.message);
    positions.push(position);
    texts.push(text);
    positionWidth = Math.max(positionWidth, position.length);
    messageWidth = Math.max(messageWidth, text.length);
    severityWidth = Math.max(severityWidth, m.severity.length);
  }
  let out = '';
  sorted.forEach((m, i) => {
    const severity = m.severity.padEnd(severityWidth);
    out +=
      `  ${paint.dim((positions[i] ?? '').padStart(positionWidth))}  ` +
      `${m.severity === 'error' ? paint.red(severity) : paint.yellow(severity)}  ` +
      `${(texts[i] ?? '').padEnd(messageWidth)}  ${paint.dim(m.ruleId)}\n`;
  });
  return out;
}

function isSorted(messages: readonly LintMessage[]): boolean {
  for (let i = 1; i < messages.length; i++) {
    const a = messages[i - 1];
    const b = messages[i];
    if (a !== undefined && b !== undefined && byPosition(a, b) > 0) return false;
  }
  return true;
}

function breakdown(result: LintResult): string {
  const costs = [...result.score.breakdown]
    .sort((a, b) => b.penalty - a.penalty || (a.ruleId < b.ruleId ? -1 : 1))
    .map((b) => `${b.ruleId} −${b.penalty}${b.messages > 1 ? ` (${b.messages} findings)` : ''}`);
  // Not written as a sum: the score stops at 0, so the penalties may add up to more than 100.
  return `lost: ${costs.join(', ')}`;
}

function summary(
  totals: Counts & { files: number; withProblems: number; scoreSum: number },
  { paint }: FormatContext,
): string {
  const { errors, warnings, fixableErrors, fixableWarnings } = totals;
  const files = plural(totals.files, 'file');
  const mean =
    totals.files === 0 ? '' : ` Mean score ${Math.round(totals.scoreSum / totals.files)}/100.`;
  if (errors + warnings === 0) return `${paint.green('✔')} ${files} checked, no problems.${mean}\n`;
  const mark = errors > 0 ? paint.red('✖') : paint.yellow('⚠');
  let text =
    `${mark} ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ` +
    `${plural(warnings, 'warning')}) in ${totals.withProblems} of ${files}.${mean}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    text += `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} can be fixed with --fix.\n`;
  }
  return text;
}

function scoreColour(value: number, text: string, { paint }: FormatContext): string {
  if (value >= 90) return paint.green(text);
  return value >= 60 ? paint.yellow(text) : paint.red(text);
}

/** Line, column, then rule id by code unit (localeCompare is slow and varies by locale). */
function byPosition(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Messages are printed one to a line; the test first spares the regex for almost all. */
function oneLine(message: string): string {
  return message.includes('\n') || message.includes('\r')
    ? message.replace(/\s*[\r\n]+\s*/g, ' ')
    : message;
}
