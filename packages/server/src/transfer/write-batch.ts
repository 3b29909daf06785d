import type { Postmortem } from '@hindsight/core';
import { StorageError } from '../storage/errors.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import type { ImportFileResult } from './import-postmortems.js';
import { failed, outcomeOf } from './plan-batch.js';
import type { Planned } from './plan-batch.js';
import type { PreparedFile } from './prepare-file.js';

/**
 * Writes a planned batch. The new files go in together, with one statement per table; if that
 * fails on something that concerns a file (a slug taken meanwhile by another process), it is
 * rolled back and each file is written alone, so that only the one at fault fails. Updates go
 * through `update`, which checks the model again and guards the stored revision.
 */
export async function writeBatch(
  store: PostmortemStore,
  plan: readonly Planned[],
  actor: string,
): Promise<ImportFileResult[]> {
  const creates = plan.flatMap((p) => (p.kind === 'create' ? [p.file] : []));
  const together =
    creates.length === 0
      ? undefined
      : await attempt(() =>
          store.createPrepared(
            creates.map((f) => f.rows),
            { actor },
          ),
        );
  const createErrors = new Map<PreparedFile, StorageError | undefined>();
  for (const file of creates)
    createErrors.set(
      file,
      together === undefined || creates.length === 1
        ? together
        : await attempt(() => store.createPrepared([file.rows], { actor })),
    );
  const out: ImportFileResult[] = [];
  for (const planned of plan) {
    if (planned.kind === 'done') {
      out.push(planned.result);
      continue;
    }
    const { file } = planned;
    const error =
      planned.kind === 'create'
        ? createErrors.get(file)
        : await attempt(() =>
            store.update(planned.stored.id, JSON.parse(file.rows.modelJson) as Postmortem, {
              actor,
              baseRevision: planned.stored.revision,
              summary: 'Imported from Markdown',
            }),
          );
    out.push(
      error !== undefined
        ? failed(file, error.message)
        : outcomeOf(file, planned.kind === 'create' ? 'created' : 'updated'),
    );
  }
  return out;
}

/**
 * Runs one write; a storage error concerns its files (a slug taken meanwhile, a concurrent
 * edit) and is returned, while anything else is a fault of the database and ends the import.
 */
async function attempt(write: () => Promise<unknown>): Promise<StorageError | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
}
