import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './accepts-gzip.js';

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['br;q=1.0, gzip;q=0.5', true],
    ['deflate, *', true],
    ['*;q=0.1', true],
    [' gzip ; q=0.001 ', true],
    ['', false],
    ['identity', false],
    ['br, deflate', false],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['*;q=0', false],
    // Named gzip wins over the wildcard, whichever comes first.
    ['*, gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['*;q=0, gzip', true],
    // A malformed weight refuses rather than guessing.
    ['gzip;q=2', false],
    ['gzip;q=abc', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('refuses when the header is missing, and reads a repeated header as one list', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
  });
});
