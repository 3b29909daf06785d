import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidInputError } from './errors.js';

/** How deep search results can be paged: ranked results past this are rarely worth reading. */
export const MAX_SEARCH_OFFSET = 1000;

const cursorSchema = z.tuple([
  z.literal('s'),
  z.number().int().min(1).max(MAX_SEARCH_OFFSET),
  z.string(),
]);

/**
 * The fingerprint of a search (its query and filters), kept in the cursor so that a cursor
 * is refused when it is passed back with another search.
 */
export function searchFingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

/**
 * An opaque cursor for the next page of a search: the offset reached and the search's
 * fingerprint. Search pages by offset, not by keyset, because the rank is a float computed
 * at query time (and differs between dialects), not a stored key.
 */
export function encodeSearchCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify(['s', offset, fingerprint])).toString('base64url');
}

/** The offset in a cursor from {@link encodeSearchCursor}; `invalid_input` on `cursor` otherwise. */
export function decodeSearchCursor(cursor: string, fingerprint: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success)
    throw new InvalidInputError([{ path: 'cursor', message: 'not a cursor from this search' }]);
  if (result.data[2] !== fingerprint)
    throw new InvalidInputError([{ path: 'cursor', message: 'was made for another search' }]);
  return result.data[1];
}
