import { statSync } from 'node:fs';
import type { LintConfig } from '@hindsight/core/lint';
import { displayPath } from '../display-path.js';
import type { FileLintResult } from './file-lint-result.js';
import { cacheFilePath, loadLintCache } from './lint-cache.js';
import type { FileStamp, LintCache } from './lint-cache.js';
import type { JobOutcome, LintJob } from './lint-job.js';
import { hashLintFile } from './read-lint-file.js';
import { poolSize, runJobs } from './worker-pool.js';

export interface LintFilesOptions {
  cwd: string;
  config: LintConfig;
  /** Compute fixes (the caller decides whether to write them or show them). */
  fix: boolean;
  /** See `cacheSalt`: the resolved configuration and the version. */
  salt: string;
  /** Use the cache, at `location` or the default place. */
  cache?: { location?: string | undefined };
  /** Worker threads; by default from {@link poolSize}. */
  threads?: number;
  warn(message: string): void;
  onProgress?(done: number): void;
  /**
   * Called with each file's result in the order of the files, as soon as it and every file
   * before it are done: a report can be written while the later files are still linted.
   */
  onResult?(file: FileLintResult): void;
  /**
   * Keep each file's result in `results` (default true). A caller that takes them through
   * `onResult` passes false: the results of thousands of files are then never all in memory.
   */
  keepResults?: boolean;
}

/** The outcome of linting a set of files. */
export interface LintRun {
  /** One per file that could be linted, in the order of the files given (if kept). */
  results: FileLintResult[];
  /** Errors and warnings found, over every file linted. */
  errorCount: number;
  warningCount: number;
  /** Files whose fixes changed them: their text before and after. */
  fixed: { path: string; before: string; after: string }[];
  /** One line per file that could not be linted, naming it. */
  problems: string[];
}

/**
 * Lints files, from the cache where it can: with a cache, every file is read and hashed
 * first and only files whose hash changed are linted (when fixing, files that had fixable
 * problems are linted again too). The rest is spread over worker threads when there are
 * enough of them.
 */
export async function lintFiles(
  files: readonly string[],
  options: LintFilesOptions,
): Promise<LintRun> {
  const { cwd } = options;
  const outcomes = new Map<string, JobOutcome>();
  let jobs: LintJob[] = files.map((path) => ({ path, name: displayPath(path, cwd) }));
  let cache: LintCache | undefined;
  let hits = 0;

  // When each file's size and time are taken: see FileStamp.
  const since = Date.now();
  const stamps = new Map<string, FileStamp>();
  if (options.cache) {
    const file = await cacheFilePath(cwd, options.cache.location);
    cache = await loadLintCache(file, displayPath(file, cwd), options.salt, options.warn);
    const known = cache;
    const pending: LintJob[] = [];
    for (const job of jobs) {
      // Stamped before reading, so that a change made while we read shows next time.
      const stamp = stampOf(job.path);
      let hash = stamp === undefined ? undefined : known.knownHash(job.path, stamp);
      const readAgain = hash === undefined;
      if (hash === undefined) {
        try {
          hash = hashLintFile(job.path, job.name, options.salt);
        } catch (error) {
          outcomes.set(job.path, { path: job.path, ok: false, message: messageOf(error) });
          continue;
        }
      }
      if (stamp !== undefined) stamps.set(job.path, stamp);
      const result = known.get(job.path, hash);
      if (result !== undefined && !(options.fix && result.fixableCount > 0)) {
        outcomes.set(job.path, { path: job.path, ok: true, hash, result });
        hits++;
        // Same content under a new stamp (touched, or checked out again): keep the new one.
        if (readAgain && stamp !== undefined) known.restamp(job.path, stamp, since);
      } else {
        // Linted by a worker, which reads the file again rather than be sent its text.
        pending.push(job);
      }
    }
    jobs = pending;
  }

  // Results are taken in the order of the files, as far as every earlier file is done.
  const run: LintRun = { results: [], errorCount: 0, warningCount: 0, fixed: [], problems: [] };
  const keepResults = options.keepResults !== false;
  let taken = 0;
  const take = (): void => {
    for (let path = files[taken]; path !== undefined; path = files[++taken]) {
      const outcome = outcomes.get(path);
      if (outcome === undefined) return;
      // Taken once: the map holds only the files done ahead of an earlier one still linted.
      outcomes.delete(path);
      if (!outcome.ok) {
        run.problems.push(outcome.message);
        continue;
      }
      const file = { filePath: path, result: outcome.result };
      run.errorCount += outcome.result.errorCount;
      run.warningCount += outcome.result.warningCount;
      if (keepResults) run.results.push(file);
      options.onResult?.(file);
      if (outcome.fixed) run.fixed.push({ path, ...outcome.fixed });
    }
  };
  take();

  await runJobs(jobs, {
    setup: {
      config: options.config,
      fix: options.fix,
      ...(cache === undefined ? {} : { salt: options.salt }),
    },
    threads: options.threads ?? poolSize(jobs.length),
    onProgress: (done) => options.onProgress?.(hits + done),
    onOutcome: (outcome) => {
      if (cache) remember(cache, outcome);
      outcomes.set(outcome.path, outcome);
      take();
    },
    keepOutcomes: false,
  });
  await cache?.save();
  return run;

  function remember(into: LintCache, outcome: JobOutcome): void {
    if (!outcome.ok) {
      into.delete(outcome.path);
      return;
    }
    // A file that --fix rewrites gets a new time, so its old stamp must not be kept.
    const stamp = outcome.fixed === undefined ? stamps.get(outcome.path) : undefined;
    into.set(outcome.path, outcome.hash, outcome.result, stamp, since);
  }
}

function stampOf(path: string): FileStamp | undefined {
  try {
    const { size, mtimeMs } = statSync(path);
    return { size, mtimeMs };
  } catch {
    // Reading it will say what is wrong.
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
