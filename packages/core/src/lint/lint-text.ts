import { parsePostmortem } from '../markdown/index.js';
import { lintParsed } from './lint-parsed.js';
import type { LintConfig, LintOptions, LintResult } from './types.js';

/**
 * Parses a Markdown postmortem and checks it against a profile (`standard` unless the config
 * names another). Pure: no file system, so the CLI, the server and the browser editor all
 * call this with a string.
 *
 * @example
 * const result = lintText(markdown, { profile: 'holberton' }, { fileName: 'postmortem.md' });
 * result.score.value; // 0 to 100
 */
export function lintText(text: string, config?: LintConfig, options: LintOptions = {}): LintResult {
  const parsed = parsePostmortem(
    text,
    options.fileName !== undefined ? { fileName: options.fileName } : {},
  );
  return lintParsed(parsed, text, config, options);
}
