import { describe, expect, it } from 'vitest';
import { generatePostmortem } from '../test-support/generate-postmortem.js';
import { randomDocument } from '../test-support/mutate-document.js';
import { createRng } from '../test-support/prng.js';
import { countLine, countWords } from './word-count.js';

/*
 * The plain form of the counter: each rule in order, one character at a time. `countLine` is
 * written for speed (letters and digits tested first, through a table; whole texts read
 * without splitting them into lines), and must count exactly as this does.
 */
function referenceCount(line: string): number {
  let count = 0;
  let inWord = false;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 60 && i + 1 < n && /[A-Za-z/!]/.test(line[i + 1] ?? '')) {
      const end = line.indexOf('>', i + 1);
      i = end < 0 ? n : end;
      inWord = false;
      continue;
    }
    if (c === 93 && line[i + 1] === '(') {
      const end = line.indexOf(')', i + 2);
      i = end < 0 ? n : end;
      inWord = false;
      continue;
    }
    const url = ['http://', 'https://', 'www.'].some((prefix) => line.startsWith(prefix, i));
    if (!inWord && url) {
      while (i < n && line.charCodeAt(i) > 32) i++;
      continue;
    }
    if (c === 38 && /^&[a-z]{2,8};/i.test(line.slice(i, i + 10))) {
      const end = line.indexOf(';', i + 1);
      i = end < 0 ? n : end;
      inWord = false;
      continue;
    }
    if (c === 58 && !inWord) {
      const end = line.indexOf(':', i + 1);
      if (end > i + 1 && end - i < 40 && /^[a-z0-9_+-]+$/.test(line.slice(i + 1, end))) {
        i = end;
        continue;
      }
    }
    const separator = c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
    if (/[A-Za-z0-9]/.test(line[i] ?? '') || (c > 127 && !separator)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) {
      inWord = false;
    }
  }
  return count;
}

// Pieces that exercise every branch: tags, links, URLs, entities, emoji codes, joiners.
const PIECES = [
  'word',
  'on-call',
  "don't",
  'it’s',
  'v1.2',
  ' ',
  '  ',
  '\t',
  '<b>',
  '</span>',
  '<!-- note -->',
  '<',
  '>',
  '<3',
  '[the runbook](https://example.com/a)',
  '](',
  ']',
  '(',
  ')',
  'https://x.io/p?q=1',
  'http://a',
  'www.example.org',
  'h',
  'w',
  'who',
  'when',
  '&amp;',
  '&nbsp;',
  '&',
  '&x;',
  ':tada:',
  ':',
  '::',
  ' :x',
  '14:05',
  'café',
  '\u00a0',
  '\u2014',
  '\u3000',
  '数据库',
  '…',
  '.',
  '-',
  "'",
];

describe('countLine', () => {
  it.each([
    ['', 0],
    ['The deploy failed.', 3],
    ["The on-call engineer didn't see v1.2.", 6],
    ['See [the runbook](https://example.com/runbook) now', 4],
    ['Visit https://status.example.com or www.example.org today', 3],
    ['<b>Bold</b> text &amp; more :tada: done', 4],
    ['At 14:05 UTC the queue grew', 7],
    ['Le café était fermé — 数据库', 5],
  ])('counts %j as %i words', (line, words) => {
    expect(countLine(line)).toBe(words);
    expect(referenceCount(line)).toBe(words);
  });

  it('counts every line of generated postmortems as the plain counter does', () => {
    const differ: string[] = [];
    for (let seed = 0; seed < 30; seed++) {
      const lines = [
        ...generatePostmortem(seed).split('\n'),
        ...randomDocument(seed).split(/\r\n?|\n/),
      ];
      for (const line of lines) if (countLine(line) !== referenceCount(line)) differ.push(line);
    }
    expect(differ).toEqual([]);
  });

  it('counts random mixtures of awkward pieces as the plain counter does', () => {
    const rng = createRng(7);
    const differ: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let line = '';
      for (let k = rng.int(1, 12); k > 0; k--) line += rng.pick(PIECES);
      if (countLine(line) !== referenceCount(line)) differ.push(line);
    }
    expect(differ).toEqual([]);
  });

  it('counts a whole text as the sum of its lines, skipping the code ranges', () => {
    // Skips left open at a line's end (a tag, a link target) must end with their line, and
    // an emoji code or entity must not reach into the next line.
    const rng = createRng(11);
    for (let n = 0; n < 300; n++) {
      const lines: string[] = [];
      for (let l = rng.int(1, 12); l > 0; l--) {
        let line = '';
        for (let k = rng.int(0, 8); k > 0; k--) line += rng.pick(PIECES);
        lines.push(line);
      }
      const bodyStart = rng.int(0, 2);
      const codeStart = rng.int(bodyStart, lines.length);
      const codeEnd = codeStart + rng.int(0, 3);
      const expected = lines
        .map((line, i) => (i < bodyStart || (i >= codeStart && i < codeEnd) ? 0 : countLine(line)))
        .reduce((a, b) => a + b, 0);
      expect(countWords(lines.join('\n'), bodyStart, [[codeStart, codeEnd]])).toBe(expected);
    }
  });

  it('counts the lines of generated postmortems as a whole text as it counts them one by one', () => {
    for (let seed = 0; seed < 30; seed++) {
      const text = generatePostmortem(seed);
      const byLine = text.split('\n').reduce((sum, line) => sum + referenceCount(line), 0);
      expect(countWords(text, 0, [])).toBe(byLine);
    }
  });
});
