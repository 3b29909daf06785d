import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { toFts5, toTsquery } from './search-expression.js';
import { MAX_TERMS, parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it('reads words, phrases, exclusions, prefixes and OR', () => {
    expect(parseSearchQuery('dns "cache miss" -test deploy* a OR b')).toEqual({
      all: [
        [{ tokens: ['dns'], prefix: false }],
        [{ tokens: ['cache', 'miss'], prefix: false }],
        [{ tokens: ['deploy'], prefix: true }],
        [
          { tokens: ['a'], prefix: false },
          { tokens: ['b'], prefix: false },
        ],
      ],
      none: [{ tokens: ['test'], prefix: false }],
    });
  });

  it('keeps only letters, digits and marks, so syntax characters are text', () => {
    const q = parseSearchQuery('title:foo NEAR(a b) "x" AND ^y \'z\' (c) {d} x\\y');
    const tokens = q.all.flat().flatMap((t) => t.tokens);
    expect(tokens).toEqual([
      'title',
      'foo',
      'NEAR',
      'a',
      'b',
      'x',
      'AND',
      'y',
      'z',
      'c',
      'd',
      'x',
      'y',
    ]);
    for (const t of tokens) expect(t).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
  });

  it('reads a word with inner punctuation as a phrase of its parts', () => {
    expect(parseSearchQuery('node.js').all).toEqual([[{ tokens: ['node', 'js'], prefix: false }]]);
  });

  it('runs an unclosed quote to the end', () => {
    expect(parseSearchQuery('"disk full').all).toEqual([
      [{ tokens: ['disk', 'full'], prefix: false }],
    ]);
  });

  it('keeps letters of any script and normalises to NFC', () => {
    const q = parseSearchQuery('cafe\u0301 Ελλάδα 東京 ödeme');
    expect(q.all.map((g) => g[0]?.tokens[0])).toEqual(['café', 'Ελλάδα', '東京', 'ödeme']);
  });

  it.each([[''], ['   '], ['"" * - -- ()'], ['!!! ???'], ['OR']])(
    'refuses %j as having no words, naming q',
    (input) => {
      expect(() => parseSearchQuery(input)).toThrow(InvalidInputError);
      try {
        parseSearchQuery(input);
      } catch (error) {
        expect((error as InvalidInputError).issues[0]?.path).toBe('q');
      }
    },
  );

  it('refuses a query of exclusions only', () => {
    expect(() => parseSearchQuery('-dns -"cache miss"')).toThrow(/only excluded/);
  });

  it('refuses too many terms', () => {
    const words = Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(() => parseSearchQuery(words)).toThrow(/more than/);
  });
});

describe('engine expressions', () => {
  const q = parseSearchQuery('dns "cache miss" -test deploy* a OR b');

  it('builds an FTS5 expression from quoted tokens', () => {
    expect(toFts5(q)).toBe(
      '(("dns") AND ("cache miss") AND ("deploy"*) AND ("a" OR "b")) NOT ("test")',
    );
  });

  it('builds a tsquery from quoted lexemes', () => {
    expect(toTsquery(q)).toBe(
      "(('dns')) & (('cache' <-> 'miss')) & (('deploy':*)) & (('a') | ('b')) & !('test')",
    );
  });
});
