import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseHandle } from '../storage/create-database.js';
import { SYSTEM_VIEWER, canSee } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';

/** What an export wrote. */
export interface ExportSummary {
  /** Files written, as `<slug>.md`, in slug order. */
  readonly files: string[];
  readonly dir: string;
}

export interface ExportOptions {
  /** Whose view to export (default: the system viewer, who sees everything). */
  readonly viewer?: Viewer;
  /** Told after each file: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

const PAGE = 500;

/**
 * Writes every live postmortem the viewer may see to `dir` as `<slug>.md`: its stored
 * canonical Markdown, byte for byte. The same database always gives the same files, and
 * importing them into an empty database and exporting again gives them back identical.
 * Each file is written to a temporary name and renamed, so a reader never sees half a file.
 * Files already in `dir` with other names are left alone.
 *
 * @example await exportPostmortems(handle, 'backup/');
 */
export async function exportPostmortems(
  handle: DatabaseHandle,
  dir: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const viewer = options.viewer ?? SYSTEM_VIEWER;
  await mkdir(dir, { recursive: true });
  const total = await handle.db
    .selectFrom('postmortems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .where(canSee(viewer))
    .executeTakeFirstOrThrow();
  const files: string[] = [];
  options.onProgress?.(0, Number(total.n));
  let after: string | undefined;
  for (;;) {
    // Keyset pages by slug: unique, and byte-ordered on both dialects for [a-z0-9-].
    let query = handle.db
      .selectFrom('postmortems')
      .select(['slug', 'markdown'])
      .where('deleted_at', 'is', null)
      .where(canSee(viewer));
    if (after !== undefined) query = query.where('slug', '>', after);
    const rows = await query.orderBy('slug').limit(PAGE).execute();
    for (const row of rows) {
      const name = `${row.slug}.md`;
      const target = join(dir, name);
      const temporary = join(dir, `.${name}.${process.pid}.tmp`);
      await writeFile(temporary, row.markdown, 'utf8');
      await rename(temporary, target);
      files.push(name);
      options.onProgress?.(files.length, Math.max(files.length, Number(total.n)));
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]?.slug;
  }
  // Pages follow the database's collation; the list is reported in byte order on every dialect.
  return { files: files.sort(), dir };
}
