import { ODD_DATES, ODD_TIMES, oddFragment } from './odd-fragments.js';
import { createRng } from './prng.js';
import type { Rng } from './prng.js';
import * as V from './vocabulary.js';

type Mutation = (text: string, rng: Rng) => string;

/**
 * Damages a document the way real files get damaged, for fuzzing a tolerant parser: lines
 * deleted, duplicated or swapped; a cut at a random UTF-8 byte (inside a multi-byte
 * character or inside the front matter); hostile fragments inserted between lines or in the
 * middle of a character pair; times and dates swapped for impossible ones; line endings
 * mixed; a BOM. One to four mutations per call, chosen by `seed`; the result always differs
 * from `text`.
 *
 * @example
 * for (let seed = 0; seed < 500; seed++) parsePostmortem(mutateDocument(doc, seed));
 */
export function mutateDocument(text: string, seed: number): string {
  const rng = createRng(seed);
  let out = text;
  for (let n = rng.int(1, 4); n > 0; n--) out = rng.pick(MUTATIONS)(out, rng);
  // A mutation can be a no-op (deleting from an empty text); never hand back the input.
  return out === text ? insertBetweenLines(out, rng) + '\u0000' : out;
}

/**
 * A document assembled from random pieces: plausible headings, timeline bullets and prose
 * mixed with hostile fragments, joined by mixed line endings, sometimes behind front matter.
 */
export function randomDocument(seed: number): string {
  const rng = createRng(seed);
  const pieces: string[] = [];
  if (rng.chance(0.3)) pieces.push(rng.pick(['---', '+++']), `title: ${words(rng, 4)}`);
  if (rng.chance(0.2)) pieces.push(rng.pick(['---', '+++', '...']));
  for (let n = rng.int(3, 60); n > 0; n--) pieces.push(piece(rng));
  let out = '';
  for (const p of pieces) out += p + rng.pick(['\n', '\n', '\n', '\n\n', '\r\n', '\r']);
  return out;
}

function piece(rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `${'#'.repeat(rng.int(1, 3))} ${rng.pick(SECTION_WORDS)}`;
    case 1:
      return `- ${rng.chance(0.5) ? rng.pick(ODD_TIMES) : normalTime(rng)} - ${words(rng, 8)}`;
    case 2:
      return words(rng, rng.int(5, 60)) + '.';
    case 3:
      return `| ${normalTime(rng)} | ${words(rng, 5)} |`;
    default:
      return oddFragment(rng);
  }
}

const SECTION_WORDS = Object.values(V.SECTION_TITLES).flat();
const WORDS = [...V.SERVICE_STEMS, ...V.SERVICE_SUFFIXES, ...V.TEAMS, 'outage', 'rollback'];

function words(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
}

function normalTime(rng: Rng): string {
  return `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

const deleteLine: Mutation = (text, rng) => {
  const lines = splitLines(text);
  lines.splice(rng.int(0, lines.length - 1), 1);
  return lines.join('\n');
};

const duplicateLine: Mutation = (text, rng) => {
  const lines = splitLines(text);
  const i = rng.int(0, lines.length - 1);
  lines.splice(i, 0, ...Array<string>(rng.int(1, 5)).fill(lines[i] ?? ''));
  return lines.join('\n');
};

const swapLines: Mutation = (text, rng) => {
  const lines = splitLines(text);
  const i = rng.int(0, lines.length - 1);
  const j = rng.int(0, lines.length - 1);
  [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  return lines.join('\n');
};

/** Cuts at a UTF-8 byte, as a partial write or upload would; a split character decodes to U+FFFD. */
const truncateBytes: Mutation = (text, rng) => {
  const bytes = new TextEncoder().encode(text);
  const fmEnd = frontMatterEnd(text);
  // Half the time, when there is front matter, cut inside it: an unterminated header.
  const limit = fmEnd > 0 && rng.chance(0.5) ? fmEnd : bytes.length;
  return new TextDecoder().decode(bytes.subarray(0, rng.int(0, limit)));
};

/** Cuts at a UTF-16 index, which can leave half of a surrogate pair behind. */
const truncateChars: Mutation = (text, rng) => text.slice(0, rng.int(0, text.length));

const insertBetweenLines: Mutation = (text, rng) => {
  const lines = splitLines(text);
  lines.splice(rng.int(0, lines.length), 0, oddFragment(rng));
  return lines.join('\n');
};

const insertAnywhere: Mutation = (text, rng) => {
  const i = rng.int(0, text.length);
  return text.slice(0, i) + oddFragment(rng) + text.slice(i);
};

const oddTime: Mutation = (text, rng) =>
  replaceOne(text, /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?|\b\d{4}hrs\b/g, rng, ODD_TIMES);

const oddDate: Mutation = (text, rng) =>
  replaceOne(text, /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, rng, ODD_DATES);

const mixLineEndings: Mutation = (text, rng) =>
  text.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r', '\r\r\n']));

const prependBom: Mutation = (text) => '\uFEFF' + text;

const indentLine: Mutation = (text, rng) => {
  const lines = splitLines(text);
  const i = rng.int(0, lines.length - 1);
  lines[i] = rng.pick(['    ', '\t', '  ', '   ', '\u00a0']) + (lines[i] ?? '');
  return lines.join('\n');
};

const MUTATIONS: readonly Mutation[] = [
  deleteLine,
  duplicateLine,
  swapLines,
  truncateBytes,
  truncateChars,
  insertBetweenLines,
  insertBetweenLines,
  insertAnywhere,
  oddTime,
  oddTime,
  oddDate,
  mixLineEndings,
  prependBom,
  indentLine,
];

function replaceOne(text: string, re: RegExp, rng: Rng, odd: readonly string[]): string {
  const matches = [...text.matchAll(re)];
  if (matches.length === 0) return insertAnywhere(text, rng);
  const m = rng.pick(matches);
  const at = m.index;
  return text.slice(0, at) + rng.pick(odd) + text.slice(at + m[0].length);
}

/** Byte offset just past the closing front-matter fence, or 0 when there is none. */
function frontMatterEnd(text: string): number {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (fence === undefined) return 0;
  const close = text.indexOf(`\n${fence}`, fence.length);
  if (close < 0) return 0;
  return new TextEncoder().encode(text.slice(0, close + fence.length + 1)).length;
}
