import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RULES, resolveConfig } from '@hindsight/core/lint';
import type { LintResult, ResolvedConfig } from '@hindsight/core/lint';
import { CliError, usageError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { findConfig } from '../config.js';
import { displayPath } from '../display-path.js';
import { paint, paintFor, useColor } from '../io.js';
import type { Io } from '../io.js';
import { cliVersion } from '../package-info.js';
import { writeAtomic } from '../write-atomic.js';
import type { FileLintResult } from '../lint/file-lint-result.js';
import { findMarkdownFiles } from '../lint/find-markdown-files.js';
import type { FormatContext } from '../lint/format-context.js';
import { FORMATTERS, LINT_FORMATS, REPORT_BUILDERS, isMachineFormat } from '../lint/formatters.js';
import type { LintFormat } from '../lint/formatters.js';
import { cacheSalt } from '../lint/lint-cache.js';
import { buildLintConfig } from '../lint/lint-config.js';
import { lintFiles } from '../lint/lint-files.js';
import { progressBar } from '../lint/progress-bar.js';
import { reportPath } from '../lint/report-path.js';
import { reportSink } from '../lint/report-sink.js';
import { ruleLevels } from '../lint/rule-levels.js';
import { unifiedDiff } from '../lint/unified-diff.js';

export interface LintOptions {
  /** Files, folders (searched for `*.md`) and glob patterns; default `postmortems/` or `.`. */
  paths: readonly string[];
  /** `standard`, `holberton`, `sre` or `minimal`; replaces the config file's profile. */
  profile?: string;
  /** `id:level` settings that override the profile and the config file. */
  rules?: readonly string[];
  /** `stylish` (default), `json`, `sarif` or `github`. */
  format?: string;
  /** Apply automatic fixes and write the files. */
  fix?: boolean;
  /** Print the fixes as a unified diff instead of writing them. */
  fixDryRun?: boolean;
  /** Reuse the results of unchanged files from the last run. */
  cache?: boolean;
  /** The cache file, or a folder for it (default `.hindsight-cache/lint.json`). */
  cacheLocation?: string;
  /** Fail (exit 1) when there are more warnings than this; a non-negative integer. */
  maxWarnings?: string;
  /** Report errors only. */
  quiet?: boolean;
  /** Stylish: list every file's score and what each rule cost it. */
  score?: boolean;
  /** Write the report to this file instead of standard output. */
  output?: string;
}

/** What tests may change about a run. */
export interface LintDeps {
  /** Worker threads; by default one per 200 files, up to the number of cores. */
  threads?: number;
}

/**
 * `hindsight lint`: checks postmortems against a profile's rules and reports the findings in
 * one of four formats. Files that cannot be read are named on standard error and make the
 * exit code 2, but every other file is still linted and reported.
 */
export async function runLint(options: LintOptions, io: Io, deps: LintDeps = {}): Promise<Outcome> {
  const format = chooseFormat(options.format);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (options.fix && options.fixDryRun) {
    throw usageError('--fix writes the fixes and --fix-dry-run only shows them; give one.');
  }
  const toStdout = options.output === undefined || options.output === '-';
  if (options.fixDryRun && isMachineFormat(format) && toStdout) {
    throw usageError(
      `--fix-dry-run prints a diff on standard output; write the ${format} report to a file with -o.`,
    );
  }

  const fileConfig = await findConfig(io.cwd);
  const ruleIds = new Set(RULES.map((r) => r.meta.id));
  const config = buildLintConfig(fileConfig, options, ruleIds);
  let resolved: ResolvedConfig;
  try {
    resolved = resolveConfig(config);
  } catch (error) {
    const where =
      fileConfig.path === undefined ? '' : ` (from ${displayPath(fileConfig.path, io.cwd)})`;
    throw new CliError(
      'invalid_input',
      `${error instanceof Error ? error.message : String(error)}${where}`,
    );
  }

  const paths = options.paths.length > 0 ? options.paths : [await defaultFolder(io.cwd)];
  const found = await findMarkdownFiles(paths, io.cwd);
  if (found.files.length === 0 && found.problems.length === 0) {
    throw usageError(`No Markdown files found in ${paths.join(', ')}.`);
  }

  const stderrPaint = paintFor(io, 'stderr');
  const progress = progressBar(io, found.files.length);
  const fix = Boolean(options.fix || options.fixDryRun);
  // A report written to a file carries no colour, whatever the terminal does.
  const context: FormatContext = {
    cwd: io.cwd,
    rules: RULES.map((r) => r.meta),
    ruleLevels: ruleLevels(resolved),
    version: cliVersion(),
    paint: paint(toStdout && useColor(io, 'stdout')),
    showScore: Boolean(options.score),
  };
  const sink = reportSink(io, options.output);
  const shown = options.quiet ? errorsOnly : (file: FileLintResult) => file;
  /*
   * Where the format allows, each file's part of the report is made and written as soon as
   * it and the files before it are linted, while the workers lint the rest, rather than all
   * at the end with one core idle. Not when fixing (the diff or the fixed files come before
   * the report), nor when the progress bar is drawn on the terminal the report goes to.
   */
  const barInTheWay = progress.shown && toStdout && Boolean(io.stdout.isTTY);
  const builder = fix || barInTheWay ? undefined : REPORT_BUILDERS[format]?.(context);
  const run = await lintFiles(found.files, {
    cwd: io.cwd,
    config,
    fix,
    salt: cacheSalt(resolved, cliVersion()),
    ...(options.cache ? { cache: { location: options.cacheLocation } } : {}),
    ...(deps.threads === undefined ? {} : { threads: deps.threads }),
    warn: (message) => io.stderr.write(`${stderrPaint.yellow('warning:')} ${message}\n`),
    onProgress: (done) => progress.update(done),
    ...(builder === undefined
      ? {}
      : { onResult: (file) => sink.write(builder.file(shown(file))), keepResults: false }),
  });
  progress.finish();

  const problems = [...found.problems.map((p) => p.message), ...run.problems];
  let diff = '';
  for (const { path, before, after } of run.fixed) {
    if (options.fixDryRun) {
      diff += unifiedDiff(reportPath(path, io.cwd), before, after);
      continue;
    }
    try {
      await writeAtomic(path, after, { overwrite: true, displayPath: displayPath(path, io.cwd) });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }

  if (diff !== '') io.stdout.write(diff);
  if (builder !== undefined) sink.write(builder.end());
  else for (const piece of FORMATTERS[format](run.results.map(shown), context)) sink.write(piece);
  await sink.close();

  if (problems.length > 0) throw new CliError('file_unreadable', summarise(problems));
  const errors = run.errorCount;
  const warnings = run.warningCount;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(
      `${stderrPaint.red('error:')} ${warnings} warnings, more than --max-warnings ${maxWarnings} allows.\n`,
    );
    return 'findings';
  }
  return errors > 0 ? 'findings' : 'ok';
}

/**
 * The result without its warnings, for --quiet. Messages are filtered when read, not here,
 * since reading a worker's or the cache's result decodes them.
 */
function errorsOnly(file: FileLintResult): FileLintResult {
  const { result } = file;
  const errors = (): LintResult['messages'] =>
    result.messages.filter((m) => m.severity === 'error');
  return {
    filePath: file.filePath,
    result: {
      get messages() {
        return errors();
      },
      errorCount: result.errorCount,
      warningCount: 0,
      get fixableCount() {
        return errors().filter((m) => m.fix !== undefined).length;
      },
      score: result.score,
      profile: result.profile,
      wordCount: result.wordCount,
    },
  };
}

/** Several unreadable files make one line: the first few named, then how many more. */
function summarise(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).map((p) => p.replace(/\.$/, ''));
  const more = problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

function chooseFormat(value: string | undefined): LintFormat {
  if (value === undefined) return 'stylish';
  const format = LINT_FORMATS.find((f) => f === value.trim().toLowerCase());
  if (format === undefined) {
    throw usageError(
      `--format "${value}" is not a format; choose one of ${LINT_FORMATS.join(', ')}.`,
    );
  }
  return format;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text)) {
    throw usageError(`--max-warnings "${value}" must be a whole number, 0 or more.`);
  }
  return Number(text);
}

/** Like preview: the project's `postmortems/` folder when there is one, else the cwd. */
async function defaultFolder(cwd: string): Promise<string> {
  const info = await stat(resolve(cwd, 'postmortems')).catch(() => undefined);
  return info?.isDirectory() ? 'postmortems' : '.';
}
