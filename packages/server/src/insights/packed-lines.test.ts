import { describe, expect, it } from 'vitest';
import { unpackLines } from './packed-lines.js';

/** Each line's fields, as `unpackLines` writes them after two leading columns. */
function unpacked(packed: string, texts: number): unknown[][] {
  const row: unknown[] = ['before', 'before'];
  const out: unknown[][] = [];
  unpackLines(packed, row, 2, texts, () => out.push(row.slice(2)));
  return out;
}

describe('unpackLines', () => {
  it('splits lines and fields, texts first and then numbers', () => {
    expect(unpacked('["a"]\t[]\t7\t-3\n["b", "c"]\t["t"]\t0\t12.5', 2)).toEqual([
      ['["a"]', '[]', 7, -3],
      ['["b", "c"]', '["t"]', 0, 12.5],
    ]);
  });

  it('keeps commas, quotes, backslashes and other scripts inside a text field', () => {
    const names = JSON.stringify([
      'a, b',
      'say "hi"',
      'back\\slash',
      'ünïcødé ☃ 事故',
      'tab\there',
    ]);
    // JSON text escapes the tab, so that no separator is left inside the field.
    expect(names).not.toContain('\t');
    expect(unpacked(`${names}\t1`, 1)).toEqual([[names, 1]]);
    expect(JSON.parse(unpacked(`${names}\t1`, 1)[0]?.[0] as string)).toContain('tab\there');
  });

  it('reads every number to the double the text names, as Number does', () => {
    const texts = [
      '0',
      '-0',
      '7',
      '7.0',
      '-3',
      '0.5',
      '.5',
      '7.',
      '12.25',
      '0.30000000000000004',
      '0.33333333333333332',
      '0.3333333333333333',
      '66.666666666666657',
      '123456789012345',
      '1234567890123456789',
      '999999999999999.9',
      '1e+300',
      '4.9406564584124654e-324',
      'Infinity',
      '-Infinity',
      'NaN',
    ];
    const [line] = unpacked(texts.join('\t'), 0);
    expect(line).toHaveLength(texts.length);
    texts.forEach((text, i) => expect(Object.is(line?.[i], Number(text))).toBe(true));
  });

  it('reads many fractions exactly as Number does', () => {
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++)
      texts.push(String(i / 60), (i / 7).toFixed(i % 16), String(-i / 3));
    const [line] = unpacked(texts.join('\t'), 0);
    texts.forEach((text, i) => expect(line?.[i]).toBe(Number(text)));
  });

  it('reuses one row for every line, and sees no line in an empty text', () => {
    const row: unknown[] = [];
    const seen: unknown[][] = [];
    unpackLines('x\t1\ny\t2', row, 0, 1, () => seen.push(row));
    expect(seen[0]).toBe(seen[1]);
    expect(unpacked('', 1)).toEqual([]);
  });
});
