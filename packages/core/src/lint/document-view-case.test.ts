import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../markdown/index.js';
import { BLAME_KEYWORDS } from './blameless/find-blame.js';
import { DocumentView } from './document-view.js';

// The keyword in lower case: the scan without case gives it as written.
type Found = [line: number, column: number, keyword: string];

/**
 * The lower-case scans of `DocumentView` beside the plain way of doing the same: lower-case the
 * whole text and scan that (or, when lower-casing changes the text's length, scan the text as
 * written with the `i` flag, which offsets into the lower-cased text could not stand for).
 */
function both(text: string, pattern = BLAME_KEYWORDS) {
  const view = new DocumentView(text, parsePostmortem(text));
  const fast: Found[] = [];
  view.forEachMatch(pattern, true, (line, column, m) => {
    fast.push([line, column, m[0].toLowerCase()]);
  });
  const lower = text.toLowerCase();
  const [scanned, re] =
    lower.length === text.length
      ? [lower, pattern]
      : [text, new RegExp(pattern.source, `${pattern.flags}i`)];
  const plainView = new DocumentView(scanned, parsePostmortem(scanned));
  const lowered: Found[] = [];
  plainView.forEachMatch(re, false, (line, column, m) => {
    lowered.push([line, column, m[0].toLowerCase()]);
  });
  return {
    fast,
    lowered,
    fastLines: view.linesMatching(pattern, true),
    loweredLines: plainView.linesMatching(re, false),
  };
}

describe('DocumentView scans without case', () => {
  it.each([
    ['lower case', 'The root cause was human error because Bob broke it.\n'],
    ['upper and mixed case', 'BECAUSE OF HIM. Human Error. The Intern BROKE it; Blamed on Ann.\n'],
    ['keywords at line start and end', 'because\nit broke\nfired\n\nbecause of\n'],
    ['a keyword across a line break', 'It was human\nerror, and should\nhave known better.\n'],
    [
      'code and front matter',
      '---\nnote: because he broke it\n---\n\n```\nhuman error\n```\nbroke\n',
    ],
    [
      'code spans and link targets',
      'See `because` and [the fix](https://x/blamed) because of me.\n',
    ],
    ['CRLF and a BOM', '\ufeffBecause Bob\r\nbroke it\r\n\r\nfault of Ann\r\n'],
    ['non-ASCII text', 'Zoë’s mistake — Ölaf broke it; “because” of Émile. ſhould have known.\n'],
    ['lower-casing that changes length', 'İlker broke it because of İ. Human error.\n'],
    [
      'the Kelvin sign, which lower-cases to k',
      'The intern too\u212a down production; he broke it.\n',
    ],
  ])('finds what the lower-cased scan finds: %s', (_name, text) => {
    const { fast, lowered, fastLines, loweredLines } = both(text);
    expect(lowered.length).toBeGreaterThan(0);
    expect(fast).toEqual(lowered);
    expect(fastLines).toEqual(loweredLines);
  });

  it('matches a keyword written with the Kelvin sign, as the lower-cased scan does', () => {
    const { fast } = both('It was too\u212a down.\n');
    expect(fast).toEqual([[1, 7, 'took down']]);
  });

  it('relies on no character but the Kelvin sign lower-casing into ASCII', () => {
    // Without case, no non-ASCII character matches an ASCII letter; the fast scan is only the
    // lower-cased scan as long as lower-casing makes no ASCII either (U+0130 changes length,
    // and the lower-cased scan already matched without case then).
    const intoAscii: number[] = [];
    const letter = /[a-z]/i;
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(letter.test(ch)).toBe(false);
      const lower = ch.toLowerCase();
      if (lower !== ch && [...lower].some((x) => x.charCodeAt(0) < 0x80)) intoAscii.push(c);
    }
    expect(intoAscii).toEqual([0x130, 0x212a]);
  });
});
