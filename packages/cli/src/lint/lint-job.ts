import { basename } from 'node:path';
import { applyFixes, lintText } from '@hindsight/core/lint';
import type { LintConfig, LintResult } from '@hindsight/core/lint';
import { contentHash } from './lint-cache.js';
import { readLintText } from './read-lint-file.js';

/** One file to lint. */
export interface LintJob {
  /** Absolute path. */
  path: string;
  /** How messages name the file: the path as the user sees it. */
  name: string;
}

/** What linting one file gave: a result, or the one-line reason it could not be linted. */
export type JobOutcome =
  | {
      path: string;
      ok: true;
      /** Hash of the content the result describes (after fixes), for the cache; '' without one. */
      hash: string;
      result: LintResult;
      /** With fixes: the original and the fixed text, when fixing changed something. */
      fixed?: { before: string; after: string };
    }
  | { path: string; ok: false; message: string };

/** Everything a job needs besides the file; sent once to each worker thread. */
export interface JobSetup {
  config: LintConfig;
  /** Apply automatic fixes and lint the fixed text again. */
  fix: boolean;
  /** See `cacheSalt`; given only when results go to the cache, which needs their hash. */
  salt?: string;
}

/*
 * A fix can make room for another (two fixes on one line conflict, so only the first is
 * applied per pass), as ESLint finds; ten passes end any ping-pong between rules.
 */
const MAX_FIX_PASSES = 10;

/**
 * Reads, lints and optionally fixes one file. Never throws: a file
 * that cannot be read, or that makes a rule fail, becomes an outcome with a message naming it,
 * so one bad file does not stop the others from being linted.
 */
export function runLintJob(job: LintJob, setup: JobSetup): JobOutcome {
  let original: string;
  let originalHash: string | undefined;
  try {
    ({ text: original, hash: originalHash } = readLintText(job.path, job.name, setup.salt));
  } catch (error) {
    return { path: job.path, ok: false, message: errorText(error) };
  }
  try {
    const options = { fileName: basename(job.path) };
    let text = original;
    let result = lintText(text, setup.config, options);
    for (let pass = 0; setup.fix && result.fixableCount > 0 && pass < MAX_FIX_PASSES; pass++) {
      const { output, applied } = applyFixes(text, result.messages);
      if (applied.length === 0 || output === text) break;
      text = output;
      result = lintText(text, setup.config, options);
    }
    return {
      path: job.path,
      ok: true,
      hash: hashOf(text, text === original ? originalHash : undefined, setup.salt),
      result,
      ...(text === original ? {} : { fixed: { before: original, after: text } }),
    };
  } catch (error) {
    return {
      path: job.path,
      ok: false,
      message: `${job.name}: internal error while linting (${errorText(error)}).`,
    };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The bytes' hash when the text is the file's own, else the hash of the (fixed) text. */
function hashOf(text: string, known: string | undefined, salt: string | undefined): string {
  if (salt === undefined) return '';
  return known ?? contentHash(text, salt);
}
