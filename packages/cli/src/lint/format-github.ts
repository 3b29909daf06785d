import type { FileLintResult } from './file-lint-result.js';
import type { FormatContext } from './format-context.js';
import { reportPath } from './report-path.js';

/**
 * GitHub Actions workflow commands, one per message, which the runner turns into annotations
 * on the pull request: `::error file=…,line=…,col=…,title=rule-id::message`.
 */
export function* formatGithub(
  results: readonly FileLintResult[],
  context: FormatContext,
): Generator<string> {
  for (const { filePath, result } of results) {
    let out = '';
    const file = reportPath(filePath, context.cwd);
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        ...(m.endLine === undefined ? [] : [`endLine=${m.endLine}`]),
        ...(m.endColumn === undefined ? [] : [`endColumn=${m.endColumn}`]),
        `title=${escapeProperty(m.ruleId)}`,
      ];
      out += `::${m.severity} ${properties.join(',')}::${escapeData(m.message)}\n`;
    }
    if (out !== '') yield out;
  }
}

/**
 * The runner reads `%`, CR and LF as escapes in a command's message; encoding them keeps a
 * message on its line and stops it from smuggling in a command of its own.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In properties, `:` ends the list and `,` separates entries, so both are encoded too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
