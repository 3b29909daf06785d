import { basename } from 'node:path';
import { parsePostmortem, toParseReport } from '@hindsight/core/markdown';
import type { Outcome } from '../cli-error.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';
import { readInput } from '../read-input.js';
import { formatParseSummary } from './parse-summary.js';

export interface ParseOptions {
  /** A Markdown file, or `-` for standard input. */
  file: string;
  /** Print the stable JSON report (docs/parse-json.md) instead of the summary. */
  json?: boolean;
  /** Report `findings` (exit 1) when any diagnostic is an error. */
  strict?: boolean;
}

/** The name diagnostics use for standard input. */
export const STDIN_NAME = '<stdin>';

/**
 * `hindsight parse`: reads one postmortem and shows what Hindsight understood of it, as a
 * summary for people or as the versioned JSON report for scripts.
 */
export async function runParse(options: ParseOptions, io: Io): Promise<Outcome> {
  const fromStdin = options.file === '-';
  const text = await readInput(options.file, io.cwd, io.stdin);
  const result = parsePostmortem(text, fromStdin ? {} : { fileName: basename(options.file) });
  const report = toParseReport(result, fromStdin ? undefined : options.file);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(
      formatParseSummary(report, fromStdin ? STDIN_NAME : options.file, paintFor(io)),
    );
  }
  const failed = options.strict && result.diagnostics.some((d) => d.severity === 'error');
  return failed ? 'findings' : 'ok';
}
