/**
 * Words a reader reads: the prose after the front matter, without code blocks, HTML tags and
 * comments, URLs, link targets, entities or emoji codes. Used for the length limits of graded
 * forms: the word-count rule reads it for every document it lints.
 */
export function countWords(
  lines: readonly string[],
  bodyStart: number,
  /** Line ranges of code blocks (0-based, end exclusive), in order. */
  code: readonly (readonly [number, number])[],
): number {
  let count = 0;
  let from = bodyStart;
  for (const [start, end] of code) {
    for (let l = from; l < start; l++) count += countLine(lines[l] ?? '');
    from = Math.max(from, end);
  }
  for (let l = from; l < lines.length; l++) count += countLine(lines[l] ?? '');
  return count;
}

/**
 * Counts runs of letters or digits joined by `'’.-` ("don't", "v1.2" and "on-call" are one
 * word each). Non-ASCII characters count as letters unless they are spaces or punctuation.
 */
export function countLine(line: string): number {
  if (MAY_SKIP.test(line)) return countLineWithSkips(line);
  // Nothing to skip: each match of WORD is one word. The regular expression engine walks the
  // line several times faster than a loop over `charCodeAt`, and `test` allocates nothing.
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(line)) count++;
  return count;
}

/*
 * A letter or digit: ASCII ones, and every non-ASCII character but the spaces and punctuation
 * of `isSeparator`. Lone surrogates count, as they do one code unit at a time below.
 */
const LETTER =
  'A-Za-z0-9\\u0080-\\u009f\\u00a1-\\u1fff\\u2070-\\u2fff\\u3001-\\ufefe\\uff00-\\uffff';
/** A word: a letter, then letters and joiners (`'’.-` go on a word, never start one). */
const WORD = new RegExp(`[${LETTER}][${LETTER}'\\u2019.-]*`, 'g');
/**
 * Whatever `countLineWithSkips` may skip (a superset: a tag, a link target, a URL, an entity,
 * an emoji code); a line without any of them is counted by WORD alone.
 */
const MAY_SKIP = /<[A-Za-z/!]|\]\(|https?:\/\/|www\.|&[A-Za-z]{2,8};|:[a-z0-9_+-]{1,38}:/;

/** `countLine` for a line with something to skip: one character at a time. */
function countLineWithSkips(line: string): number {
  let count = 0;
  let inWord = false;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    // Letters and digits first: they are most of the text, and inside a word nothing else
    // applies to them (tags, links, entities and emoji codes all start with punctuation).
    if (c < 128 ? ASCII_WORD[c] === 1 : !isSeparator(c)) {
      if (inWord) continue;
      if ((c === 104 || c === 119) && isUrlAt(line, i)) {
        while (i < n && line.charCodeAt(i) > 32) i++;
        continue;
      }
      count++;
      inWord = true;
      continue;
    }
    if (c === 60 /* < */ && i + 1 < n && isTagStart(line.charCodeAt(i + 1))) {
      i = skipTo(line, i, '>');
      inWord = false;
      continue;
    }
    if (c === 93 /* ] */ && i + 1 < n && line.charCodeAt(i + 1) === 40 /* ( */) {
      i = skipTo(line, i + 1, ')');
      inWord = false;
      continue;
    }
    if (c === 38 /* & */ && /^&[a-z]{2,8};/i.test(line.slice(i, i + 10))) {
      i = skipTo(line, i, ';');
      inWord = false;
      continue;
    }
    if (c === 58 /* : */ && !inWord) {
      const end = line.indexOf(':', i + 1);
      if (end > i + 1 && end - i < 40 && /^[a-z0-9_+-]+$/.test(line.slice(i + 1, end))) {
        i = end;
        continue;
      }
    }
    // Joiners keep a word going ("don't", "v1.2", "on-call"); anything else ends it.
    if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
  }
  return count;
}

/** 1 for the ASCII letters and digits, by character code. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
}

function isTagStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 /* / */ || c === 33; /* ! */
}

function skipTo(line: string, from: number, close: string): number {
  const end = line.indexOf(close, from + 1);
  return end < 0 ? line.length : end;
}

function isUrlAt(line: string, i: number): boolean {
  return (
    line.startsWith('http://', i) || line.startsWith('https://', i) || line.startsWith('www.', i)
  );
}

function isSeparator(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
}
