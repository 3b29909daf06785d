import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

const id = '0b5e1f4c-3a9e-4c1e-9a51-2f0b8d7c6e5a';

describe('cursor', () => {
  it('round-trips a position', () => {
    const position = { sort: 'date', order: 'desc' as const, key: '2024-03-20', id };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(decodeCursor(encodeCursor({ ...position, key: 3 })).key).toBe(3);
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['JSON of another shape', Buffer.from('{"a":1}').toString('base64url')],
    ['an id that is not a UUID', encodeCursor({ sort: 'date', order: 'asc', key: 'x', id: '1' })],
  ])('refuses %s as invalid_input on the cursor field', (_, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [expect.objectContaining({ path: 'cursor' })],
      }),
    );
  });
});
