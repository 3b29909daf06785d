import type { Formatter } from './format-context.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';

/** The report formats `hindsight lint --format` accepts; the first is the default. */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** Each format's formatter. */
export const FORMATTERS: Readonly<Record<LintFormat, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

/** Formats whose output a program reads, so nothing else may reach standard output. */
export function isMachineFormat(format: LintFormat): boolean {
  return format !== 'stylish';
}
