import type { Diagnostic } from '@hindsight/core/markdown';
import type { DatabaseHandle } from '../storage/create-database.js';
import { StorageError } from '../storage/errors.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import { inBatch } from './batch-store.js';
import { findMarkdownFiles } from './find-markdown-files.js';
import { preparePool } from './prepare-pool.js';
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
  /** Files per transaction (default 200). */
  readonly batchSize?: number;
  /** Told after each file: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

const DEFAULT_BATCH = 200;

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
    // The next batch is prepared (on a worker thread when there is one) while this one is
    // written, so parsing and the database work overlap.
    const batches: string[][] = [];
    for (let start = 0; start < files.length; start += batchSize)
      batches.push(files.slice(start, start + batchSize));
    let ahead = batches.length > 0 ? pool.prepare(batches[0] ?? []) : undefined;
    for (let b = 0; b < batches.length; b++) {
      const prepared = await (ahead ?? Promise.resolve([]));
      ahead = b + 1 < batches.length ? pool.prepare(batches[b + 1] ?? []) : undefined;
      const existing = await findExisting(
        handle,
        prepared.flatMap((p) => (p.ok ? [p.slug] : [])),
      );
      const write = async (store: PostmortemStore | undefined): Promise<void> => {
        for (const file of prepared) {
          results.push(await importOne(file, { store, existing, claimed, actor }));
          progress();
        }
      };
      if (options.dryRun === true) await write(undefined);
      else await inBatch(handle, write);
    }
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

interface ExistingRow {
  readonly id: string;
  readonly revision: number;
  readonly markdown: string;
  readonly deleted: boolean;
}

/** The stored postmortems with these slugs, live or trashed, in one query per chunk. */
async function findExisting(
  handle: DatabaseHandle,
  slugs: readonly string[],
): Promise<Map<string, ExistingRow>> {
  const found = new Map<string, ExistingRow>();
  for (let i = 0; i < slugs.length; i += 500) {
    const rows = await handle.db
      .selectFrom('postmortems')
      .select(['id', 'slug', 'revision', 'markdown', 'deleted_at'])
      .where('slug', 'in', slugs.slice(i, i + 500))
      .execute();
    for (const row of rows)
      found.set(row.slug, {
        id: row.id,
        revision: row.revision,
        markdown: row.markdown,
        deleted: row.deleted_at !== null,
      });
  }
  return found;
}

async function importOne(
  file: PreparedFile | UnpreparedFile,
  context: {
    store: PostmortemStore | undefined;
    existing: Map<string, ExistingRow>;
    claimed: Map<string, string>;
    actor: string;
  },
): Promise<ImportFileResult> {
  if (!file.ok)
    return {
      file: file.file,
      outcome: 'failed',
      slug: null,
      reason: file.reason,
      line: file.line,
      diagnostics: file.diagnostics,
    };
  const { slug, model, canonical, diagnostics } = file;
  const fail = (reason: string): ImportFileResult => ({
    file: file.file,
    outcome: 'failed',
    slug,
    reason,
    line: null,
    diagnostics,
  });
  const first = context.claimed.get(slug);
  if (first !== undefined) return fail(`the slug "${slug}" is also the slug of ${first}`);
  context.claimed.set(slug, file.file);

  const stored = context.existing.get(slug);
  if (stored?.deleted === true)
    return fail(`the postmortem "${slug}" is in the trash: restore it or purge it first`);
  const done = (outcome: ImportOutcome): ImportFileResult => ({
    file: file.file,
    outcome,
    slug,
    diagnostics,
  });
  if (stored !== undefined && canonical === stored.markdown) return done('unchanged');
  if (context.store === undefined) return done(stored === undefined ? 'created' : 'updated');
  try {
    // Checked and serialised on the worker: the store writes them as they are.
    if (stored === undefined)
      await context.store.createPrepared(
        { model: { ...model, slug }, markdown: canonical },
        { actor: context.actor },
      );
    else
      await context.store.update(stored.id, model, {
        actor: context.actor,
        baseRevision: stored.revision,
        summary: 'Imported from Markdown',
      });
  } catch (error) {
    // Storage errors concern this file (a slug taken meanwhile, a concurrent edit); anything
    // else is a fault of the database and ends the import.
    if (error instanceof StorageError) return fail(error.message);
    throw error;
  }
  return done(stored === undefined ? 'created' : 'updated');
}
