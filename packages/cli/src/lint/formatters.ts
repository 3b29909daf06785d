import type { FormatContext, Formatter, ReportBuilder } from './format-context.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish, stylishReport } from './format-stylish.js';

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

/**
 * The formats that can be written file by file while the run goes on, each giving the same
 * text as its formatter. JSON and SARIF cannot: their totals come before the files.
 */
export const REPORT_BUILDERS: Readonly<
  Partial<Record<LintFormat, (context: FormatContext) => ReportBuilder>>
> = {
  stylish: stylishReport,
};

/** Formats whose output a program reads, so nothing else may reach standard output. */
export function isMachineFormat(format: LintFormat): boolean {
  return format !== 'stylish';
}
