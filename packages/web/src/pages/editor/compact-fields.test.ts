import { describe, expect, it } from 'vitest';
import { compactFields } from './compact-fields.js';

describe('compactFields', () => {
  it('drops undefined, empty strings and NaN, and keeps zero, false and lists', () => {
    expect(
      compactFields({ a: undefined, b: '', c: Number.NaN, d: 0, e: false, f: [], g: 'x' }),
    ).toEqual({ d: 0, e: false, f: [], g: 'x' });
  });
});
