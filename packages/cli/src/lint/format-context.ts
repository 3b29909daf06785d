import type { RuleLevel, RuleMeta } from '@hindsight/core/lint';
import type { Paint } from '../io.js';
import type { FileLintResult } from './file-lint-result.js';

/** What formatters may know besides the results; all of it is data, so they stay pure. */
export interface FormatContext {
  /** Paths in reports are relative to this folder. */
  cwd: string;
  /** Every rule's metadata: SARIF lists them as the tool's rules. */
  rules: readonly RuleMeta[];
  /** The level each rule had in this run (profile, config and --rule flags merged). */
  ruleLevels: Readonly<Record<string, RuleLevel>>;
  /** Hindsight's version, as tools record it. */
  version: string;
  /** Colours for stylish output; plain when colour is off. */
  paint: Paint;
  /** Stylish: list every file with its score and what each rule cost. */
  showScore: boolean;
}

/**
 * Turns the results of a run into the text of a report, in pieces (about one per file), so
 * that a report on thousands of files can be written out as it is made rather than held
 * whole in memory. Joined, the pieces are the report.
 */
export type Formatter = (
  results: readonly FileLintResult[],
  context: FormatContext,
) => Iterable<string>;

/**
 * A report made one file at a time, as the files' results come in, for formats whose text
 * for a file does not depend on the files after it. Joined, the pieces are the report.
 */
export interface ReportBuilder {
  /** The report's text for this file (possibly none); files must come in report order. */
  file(file: FileLintResult): string;
  /** The rest of the report, after the last file. */
  end(): string;
}
