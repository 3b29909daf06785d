import type { DatabaseHandle } from '../storage/create-database.js';
import type { ImportFileResult, ImportOutcome } from './import-postmortems.js';
import type { PreparedFile, UnpreparedFile } from './prepare-file.js';

/** A stored postmortem with a slug an import met. */
export interface ExistingRow {
  readonly id: string;
  readonly revision: number;
  readonly markdown: string;
  readonly deleted: boolean;
}

/** The stored postmortems with these slugs, live or trashed, in one query per chunk. */
export async function findExisting(
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

/** A file to write, or already decided (failed, unchanged). */
export type Planned =
  | { readonly kind: 'done'; readonly result: ImportFileResult }
  | { readonly kind: 'create'; readonly file: PreparedFile }
  | { readonly kind: 'update'; readonly file: PreparedFile; readonly stored: ExistingRow };

/** What to do with each file of a batch, in order: nothing is written yet. */
export function planBatch(
  prepared: readonly (PreparedFile | UnpreparedFile)[],
  context: { existing: Map<string, ExistingRow>; claimed: Map<string, string> },
): Planned[] {
  return prepared.map((file) => planFile(file, context));
}

function planFile(
  file: PreparedFile | UnpreparedFile,
  context: { existing: Map<string, ExistingRow>; claimed: Map<string, string> },
): Planned {
  if (!file.ok)
    return {
      kind: 'done',
      result: {
        file: file.file,
        outcome: 'failed',
        slug: null,
        reason: file.reason,
        line: file.line,
        diagnostics: file.diagnostics,
      },
    };
  const { slug } = file;
  const first = context.claimed.get(slug);
  if (first !== undefined)
    return {
      kind: 'done',
      result: failed(file, `the slug "${slug}" is also the slug of ${first}`),
    };
  context.claimed.set(slug, file.file);

  const stored = context.existing.get(slug);
  if (stored?.deleted === true)
    return {
      kind: 'done',
      result: failed(
        file,
        `the postmortem "${slug}" is in the trash: restore it or purge it first`,
      ),
    };
  if (stored === undefined) return { kind: 'create', file };
  if (file.rows.markdown === stored.markdown)
    return { kind: 'done', result: outcomeOf(file, 'unchanged') };
  return { kind: 'update', file, stored };
}

/** What a dry run reports for a planned file. */
export function dryRunResult(planned: Planned): ImportFileResult {
  if (planned.kind === 'done') return planned.result;
  return outcomeOf(planned.file, planned.kind === 'create' ? 'created' : 'updated');
}

/** A file's result when it went as planned. */
export function outcomeOf(file: PreparedFile, outcome: ImportOutcome): ImportFileResult {
  return { file: file.file, outcome, slug: file.slug, diagnostics: file.diagnostics };
}

/** A file's result when it failed after it was read. */
export function failed(file: PreparedFile, reason: string): ImportFileResult {
  return {
    file: file.file,
    outcome: 'failed',
    slug: file.slug,
    reason,
    line: null,
    diagnostics: file.diagnostics,
  };
}
