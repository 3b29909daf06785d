import type { Diagnostic } from '@hindsight/core/markdown';
import type { DatabaseHandle } from '../storage/create-database.js';
import { inBatch } from './batch-store.js';
import { withBulkWriteSettings } from './bulk-write-settings.js';
import { findMarkdownFiles } from './find-markdown-files.js';
import { dryRunResult, findExisting, planBatch } from './plan-batch.js';
import { preparePool } from './prepare-pool.js';
import { writeBatch } from './write-batch.js';
import type { PreparedFile, UnpreparedFile } from './prepare-file.js';

/** What became of one file. */
export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'failed';

/** One file's result. */
export interface ImportFileResult {
  /** The path as found (absolute). */
  readonly file: string;
  readonly outcome: ImportOutcome;
  /** The slug it was keyed by; null when the file failed before one was known. */
  readonly slug: string | null;
  /** Why it failed, and where (1-based line, when it has one). */
  readonly reason?: string;
  readonly line?: number | null;
  /** What the parser noted (warnings do not stop an import). */
  readonly diagnostics: Diagnostic[];
}

/** Counts of an import, and every file's result in the order the files were found. */
export interface ImportSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly files: ImportFileResult[];
  /** Paths given that were not there or not readable. */
  readonly missing: { path: string; reason: string }[];
  readonly dryRun: boolean;
}

export interface ImportOptions {
  /** Written as the actor of every revision and audit record (default `import`). */
  readonly actor?: string;
  /** Work out and report everything, write nothing. */
  readonly dryRun?: boolean;
  /** Refuse files the parser found errors in (invalid fields it dropped), not only warn. */
  readonly strict?: boolean;
  /** Files per transaction (default 100). */
  readonly batchSize?: number;
  /** Told after each file: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

const DEFAULT_BATCH = 100;

/**
 * Imports Markdown postmortems from files and folders (searched recursively for `*.md` and
 * `*.markdown`) into the database, keyed by slug: a new slug is created, a known one updated
 * as a new revision, and one whose stored document is already identical left alone, so
 * running an import twice changes nothing the second time. Each file is all-or-nothing (a
 * savepoint); files are committed in batches, because a commit per file is a disk sync per
 * file. A file that fails is reported with its line and reason, and the others go on.
 *
 * @example
 * const summary = await importPostmortems(handle, ['postmortems/'], { onProgress });
 */
export async function importPostmortems(
  handle: DatabaseHandle,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const actor = options.actor ?? 'import';
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const { files, missing } = await findMarkdownFiles(paths);
  const results: ImportFileResult[] = [];
  /** Slugs met in this run, and the file that claimed each first. */
  const claimed = new Map<string, string>();
  const progress = (): void => options.onProgress?.(results.length, files.length);
  progress();

  const pool = preparePool(files.length, options.strict === true);
  try {
    const run = async (): Promise<void> => {
      // The next batches are prepared (on worker threads when there are some) while this one is
      // written, so parsing and the database work overlap.
      const batches: string[][] = [];
      for (let start = 0; start < files.length; start += batchSize)
        batches.push(files.slice(start, start + batchSize));
      const ahead: Promise<(PreparedFile | UnpreparedFile)[]>[] = [];
      for (let b = 0; b < batches.length; b++) {
        while (ahead.length < pool.depth && b + ahead.length < batches.length)
          ahead.push(pool.prepare(batches[b + ahead.length] ?? []));
        const prepared = await (ahead.shift() ?? Promise.resolve([]));
        const existing = await findExisting(
          handle,
          prepared.flatMap((p) => (p.ok ? [p.slug] : [])),
        );
        const plan = planBatch(prepared, { existing, claimed });
        if (options.dryRun === true) results.push(...plan.map(dryRunResult));
        else results.push(...(await inBatch(handle, (store) => writeBatch(store, plan, actor))));
        progress();
      }
    };
    if (options.dryRun === true) await run();
    else await withBulkWriteSettings(handle, run);
  } finally {
    await pool.close();
  }

  const count = (outcome: ImportOutcome): number =>
    results.filter((r) => r.outcome === outcome).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    files: results,
    missing,
    dryRun: options.dryRun === true,
  };
}
