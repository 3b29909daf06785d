/**
 * Words a reader reads: the prose after the front matter, without code blocks, HTML tags and
 * comments, URLs, link targets, entities or emoji codes. Used for the length limits of graded
 * forms. A single character scan: the parser runs it on every document it reads.
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
