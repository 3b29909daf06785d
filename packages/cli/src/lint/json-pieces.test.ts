import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from './json-pieces.js';

const MARK = '\u0000items';

describe('jsonPieces', () => {
  it('writes what JSON.stringify writes, an item to a piece', () => {
    const items = [
      { a: 1, b: ['x', 'y'] },
      { a: 2, b: [] },
    ];
    const pieces = [...jsonPieces({ v: 1, list: [MARK], after: true }, MARK, items)];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(
      `${JSON.stringify({ v: 1, list: items, after: true }, null, 2)}\n`,
    );
  });

  it('writes an empty array as stringify does', () => {
    const value = { runs: [{ tool: 'x', results: [MARK] }] };
    expect([...jsonPieces(value, MARK, [])].join('')).toBe(
      `${JSON.stringify({ runs: [{ tool: 'x', results: [] }] }, null, 2)}\n`,
    );
  });

  it('matches stringify for any items at any depth (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 5 }),
        fc.nat({ max: 3 }),
        (items, depth) => {
          let value: unknown = { list: [MARK] };
          let whole: unknown = { list: items };
          for (let i = 0; i < depth; i++) {
            value = { level: i, inner: [value] };
            whole = { level: i, inner: [whole] };
          }
          expect([...jsonPieces(value, MARK, items)].join('')).toBe(
            `${JSON.stringify(whole, null, 2)}\n`,
          );
        },
      ),
    );
  });

  it('needs the marker', () => {
    expect(() => [...jsonPieces({ list: [] }, MARK, [])]).toThrow(/marker/);
  });
});
