import { z } from 'zod';
import { InvalidInputError } from './errors.js';
import { isUuid } from './uuid.js';

/** Where a page ended: the sort it belongs to, and the last row's sort key and id. */
export interface CursorPosition {
  readonly sort: string;
  readonly order: 'asc' | 'desc';
  readonly key: string | number;
  readonly id: string;
}

const cursorSchema = z.tuple([
  z.string(),
  z.enum(['asc', 'desc']),
  z.union([z.string(), z.number()]),
  z.string(),
]);

/**
 * An opaque cursor (base64url JSON). Callers only pass it back; its content may change
 * between versions, and an old cursor then fails as `invalid_input`, never silently.
 */
export function encodeCursor(position: CursorPosition): string {
  const { sort, order, key, id } = position;
  return Buffer.from(JSON.stringify([sort, order, key, id])).toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor}; `invalid_input` (field `cursor`) otherwise. */
export function decodeCursor(cursor: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || !isUuid(result.data[3]))
    throw new InvalidInputError([{ path: 'cursor', message: 'not a cursor from this list' }]);
  const [sort, order, key, id] = result.data;
  return { sort, order, key, id };
}
