import type { LintResult } from '@hindsight/core/lint';

/** The lint result of one file, as the formatters receive it. */
export interface FileLintResult {
  /** Absolute path of the file. */
  filePath: string;
  result: LintResult;
}
