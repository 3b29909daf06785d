import { InvalidInputError, NotFoundError } from './errors.js';
import { isUuid } from './uuid.js';

/** The actor of a write, trimmed; `invalid_input` on `actor` when empty or over-long. */
export function checkActor(actor: string): string {
  const trimmed = typeof actor === 'string' ? actor.trim() : '';
  if (trimmed === '' || trimmed.length > 200)
    throw new InvalidInputError([
      { path: 'actor', message: 'expected a name of 1 to 200 characters' },
    ]);
  return trimmed;
}

/** A revision number a write is based on; `invalid_input` on `baseRevision` otherwise. */
export function checkBaseRevision(base: number): number {
  if (!Number.isSafeInteger(base) || base < 1)
    throw new InvalidInputError([
      { path: 'baseRevision', message: 'expected the revision number the change was made on' },
    ]);
  return base;
}

/** A change summary, trimmed, or null when none was given. */
export function checkSummary(summary: string | undefined): string | null {
  if (summary === undefined || summary.trim() === '') return null;
  if (summary.length > 500)
    throw new InvalidInputError([{ path: 'summary', message: 'at most 500 characters' }]);
  return summary.trim();
}

/** A page size of 1 to 500. */
export function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 500)
    throw new InvalidInputError([
      { path: 'limit', message: 'expected a whole number from 1 to 500' },
    ]);
  return limit;
}

/** An id for a write: it must be a UUID (PostgreSQL would reject anything else). */
export function checkId(id: string): string {
  const key = id.trim().toLowerCase();
  if (!isUuid(key)) throw new NotFoundError(`postmortem "${id}"`);
  return key;
}
