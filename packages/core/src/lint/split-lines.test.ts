import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines.js';

/** Character by character: every LF, CRLF and lone CR ends a line. */
function reference(text: string): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i <= text.length; i++) {
    const c = text[i];
    if (c !== undefined && c !== '\n' && c !== '\r') continue;
    lines.push(text.slice(start, i));
    starts.push(start);
    if (c === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  return { lines, starts };
}

describe('splitLines', () => {
  it('splits LF, CRLF and lone CR, with and without a BOM, at the offsets of the text', () => {
    const cases = [
      '',
      'a',
      'a\nb\n',
      'a\r\nb\r\n',
      '\uFEFFa\r\nb',
      'a\r\nb\nc',
      'a\rb\r\n',
      'a\r\r\nb',
      '\r\n\r\n',
      'a\r',
      '\uFEFF\r\nx',
    ];
    for (const text of cases)
      expect(splitLines(text), JSON.stringify(text)).toEqual(reference(text));
  });

  it('agrees with the reference on random mixes of breaks', () => {
    const pieces = ['a', 'bc', '\n', '\r\n', '\r', ' ', '\uFEFF'];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = n % 12;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        // Mostly CRLF, so the Windows path is taken as well as the mixed one.
        text += seed % 3 === 0 ? '\r\n' : (pieces[seed % pieces.length] ?? '');
      }
      expect(splitLines(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
