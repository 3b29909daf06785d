import type { LintMessage, LintResult } from '@hindsight/core/lint';
import type { FileLintResult } from './file-lint-result.js';
import type { FormatContext } from './format-context.js';
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
  const { paint } = context;
  const totals = { files: results.length, withProblems: 0, scoreSum: 0, ...emptyCounts() };
  let printed = false;
  for (const { filePath, result } of results) {
    // Read once: a result from a worker or the cache decodes its messages on each read.
    const messages = result.messages;
    totals.scoreSum += result.score.value;
    if (messages.length > 0) totals.withProblems++;
    countInto(totals, messages);
    if (messages.length === 0 && !context.showScore) continue;
    const score = `score ${result.score.value}/100`;
    let chunk = `\n${paint.bold(reportPath(filePath, context.cwd))}  ${scoreColour(result.score.value, score, context)}\n`;
    chunk += messageTable(messages, context);
    if (context.showScore && result.score.breakdown.length > 0) chunk += `  ${breakdown(result)}\n`;
    printed = true;
    yield chunk;
  }
  yield `${printed ? '\n' : ''}${summary(totals, context)}`;
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
  const rows = [...messages].sort(byPosition).map((m) => ({
    position: `${m.line}:${m.column}`,
    severity: m.severity,
    message: oneLine(m.message),
    ruleId: m.ruleId,
  }));
  const width = (pick: (r: (typeof rows)[number]) => string): number =>
    rows.reduce((max, r) => Math.max(max, pick(r).length), 0);
  const positionWidth = width((r) => r.position);
  const severityWidth = width((r) => r.severity);
  const messageWidth = width((r) => r.message);
  return rows
    .map((r) => {
      const severity = r.severity.padEnd(severityWidth);
      return (
        `  ${paint.dim(r.position.padStart(positionWidth))}  ` +
        `${r.severity === 'error' ? paint.red(severity) : paint.yellow(severity)}  ` +
        `${r.message.padEnd(messageWidth)}  ${paint.dim(r.ruleId)}\n`
      );
    })
    .join('');
}

function breakdown(result: LintResult): string {
  const costs = [...result.score.breakdown]
    .sort((a, b) => b.penalty - a.penalty || a.ruleId.localeCompare(b.ruleId))
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

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
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
