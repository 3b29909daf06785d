/**
 * Words a reader reads: the prose after the front matter, without code blocks, HTML tags and
 * comments, URLs, link targets, entities or emoji codes. Used for the length limits of graded
 * forms: the word-count rule reads it for every document it lints.
 *
 * It walks `text` itself between line offsets rather than lines split from it: a line cut
 * from a larger string is a slice of it, and reading a slice one character at a time took
 * four to five times as long as reading the whole string.
 */
export function countWords(
  /** The document, lines separated by `\n` only. */
  text: string,
  bodyStart: number,
  /** Line ranges of code blocks (0-based, end exclusive), in order. */
  code: readonly (readonly [number, number])[],
): number {
  let count = 0;
  // The offset where line `line` starts, found by walking on from the last line asked for.
  let line = 0;
  let offset = 0;
  const startOf = (target: number): number => {
    while (line < target && offset < text.length) {
      const newline = text.indexOf('\n', offset);
      offset = newline < 0 ? text.length : newline + 1;
      line++;
    }
    return offset;
  };
  let from = bodyStart;
  for (const [start, end] of code) {
    if (start > from) count += countWordsIn(text, startOf(from), startOf(start));
    from = Math.max(from, end);
  }
  return count + countWordsIn(text, startOf(from), text.length);
}

/**
 * Counts runs of letters or digits joined by `'’.-` ("don't", "v1.2" and "on-call" are one
 * word each). Non-ASCII characters count as letters unless they are spaces or punctuation.
 */
export function countLine(line: string): number {
  return countWordsIn(line, 0, line.length);
}

/**
 * `countLine` over the lines of `text` from offset `from` to `to`: what a skip (a tag, a link
 * target) does not close on its own line ends at the end of that line. Reading a range of a
 * whole document is much faster than reading the lines split from it (see `countWords`).
 */
export function countWordsIn(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  const n = to;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    // One table read sorts out nearly every character: letters and digits, which are most
    // of the text, then spaces and plain punctuation, then joiners.
    const kind = KIND[c];
    if (kind === LETTER) {
      if (!inWord) {
        count++;
        inWord = true;
      }
      continue;
    }
    if (kind === OTHER) {
      inWord = false;
      continue;
    }
    // Joiners keep a word going ("don't", "v1.2", "on-call") and never start one.
    if (kind === JOINER) continue;
    if (kind === URL_LETTER) {
      if (inWord) continue;
      if (isUrlAt(text, i)) {
        while (i < n && text.charCodeAt(i) > 32) i++;
        continue;
      }
      count++;
      inWord = true;
      continue;
    }
    // What may open something to skip: a tag, a link target, an entity, an emoji code.
    if (c === 60 /* < */ && i + 1 < n && isTagStart(text.charCodeAt(i + 1))) {
      i = skipTo(text, i, '>', n);
    } else if (c === 93 /* ] */ && i + 1 < n && text.charCodeAt(i + 1) === 40 /* ( */) {
      i = skipTo(text, i + 1, ')', n);
    } else if (c === 38 /* & */ && /^&[a-z]{2,8};/i.test(text.slice(i, i + 10))) {
      i = skipTo(text, i, ';', n);
    } else if (c === 58 /* : */ && !inWord) {
      const end = text.indexOf(':', i + 1);
      if (end > i + 1 && end - i < 40 && /^[a-z0-9_+-]+$/.test(text.slice(i + 1, end))) i = end;
    }
    inWord = false;
  }
  return count;
}

/** What a character is to the counter, by character code (see `KIND`). */
const OTHER = 0;
const LETTER = 1;
const JOINER = 2;
/** `h` and `w`, letters that may start a URL (`http://`, `https://`, `www.`). */
const URL_LETTER = 3;
/** `<`, `]`, `&` and `:`, which may open something to skip. */
const SKIP_START = 4;

/**
 * Every UTF-16 code unit's kind. Letters are the ASCII letters and digits and every non-ASCII
 * character but the spaces and punctuation of `isSeparator`; the joiners are `'’.-`.
 */
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const asciiWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  KIND[c] = asciiWord || (c >= 128 && !isSeparator(c)) ? LETTER : OTHER;
}
KIND[104] = URL_LETTER;
KIND[119] = URL_LETTER;
for (const c of [39, 0x2019, 46, 45]) KIND[c] = JOINER;
for (const c of [60, 93, 38, 58]) KIND[c] = SKIP_START;

function isTagStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 /* / */ || c === 33; /* ! */
}

/** The offset of `close` after `from` on the same line, or the line's end (at most `to`). */
function skipTo(text: string, from: number, close: string, to: number): number {
  const end = text.indexOf(close, from + 1);
  const newline = text.indexOf('\n', from + 1);
  const lineEnd = newline < 0 || newline > to ? to : newline;
  return end < 0 || end > lineEnd ? lineEnd : end;
}

function isUrlAt(line: string, i: number): boolean {
  return (
    line.startsWith('http://', i) || line.startsWith('https://', i) || line.startsWith('www.', i)
  );
}

function isSeparator(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
}
