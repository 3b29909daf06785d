import type { FieldIssue } from '@hindsight/core';
import type { StoredPostmortem } from './stored-postmortem.js';

/**
 * Stable codes of the storage layer. Callers switch on `code`, never on message text; the API
 * maps them to HTTP statuses in one place (`not_found` 404, `revision_conflict` and
 * `slug_taken` 409, `invalid_input` 400).
 */
export type StorageErrorCode = 'not_found' | 'revision_conflict' | 'slug_taken' | 'invalid_input';

/** Base class of every error the storage layer throws on purpose. */
export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** No live (or, where asked for, trashed) postmortem or revision has that id, slug or number. */
export class NotFoundError extends StorageError {
  override readonly name = 'NotFoundError';
  constructor(what: string) {
    super('not_found', `${what} was not found`);
  }
}

/**
 * A write was based on a revision that is no longer the current one. Carries the current
 * version so that the caller can show it, merge, and retry with its revision as the base.
 */
export class ConflictError extends StorageError {
  override readonly name = 'ConflictError';
  constructor(
    readonly baseRevision: number,
    readonly current: StoredPostmortem,
  ) {
    super(
      'revision_conflict',
      `the postmortem was changed since revision ${baseRevision}: it is now at revision ${current.revision}`,
    );
  }
}

/** Another postmortem (live or in the trash) already has the slug asked for. */
export class SlugTakenError extends StorageError {
  override readonly name = 'SlugTakenError';
  constructor(readonly slug: string) {
    super('slug_taken', `the slug "${slug}" is already used by another postmortem`);
  }
}

/** The input is not valid; `issues` names each field at fault. Nothing was written. */
export class InvalidInputError extends StorageError {
  override readonly name = 'InvalidInputError';
  constructor(readonly issues: FieldIssue[]) {
    super(
      'invalid_input',
      `invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
}
