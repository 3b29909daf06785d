import type { Postmortem } from '../model/index.js';
import {
  SIMILARITY_WEIGHTS,
  buildSimilarityIndex,
  labels,
  textVectorOf,
} from './similarity-index.js';
import type { SimilarityIndex } from './similarity-index.js';

/** A postmortem found similar to the target, with what made it so. */
export interface SimilarIncident {
  /** Position of the postmortem in the list the index was built from. */
  index: number;
  postmortem: Postmortem;
  /** The weighted score in [0, 1]; see {@link SIMILARITY_WEIGHTS}. */
  score: number;
  /** Cosine similarity of the two texts, in [0, 1]. */
  text: number;
  /** Services and tags both have (lower-cased). */
  sharedServices: string[];
  sharedTags: string[];
}

export interface SimilarIncidentsOptions {
  /** At most this many results (default 5). */
  limit?: number;
  /** Leave out results scoring below this (default 0.1): a faint likeness is not a suggestion. */
  minScore?: number;
}

/** Buffers reused from one lookup to the next over the same index. */
interface Scratch {
  text: Float64Array;
  services: Uint16Array;
  tags: Uint16Array;
  seen: Uint8Array;
  touched: Int32Array;
}
const SCRATCH = new WeakMap<SimilarityIndex, Scratch>();

/**
 * The postmortems most similar to `target`, best first: score is 0.6 × the cosine of their
 * TF-IDF text vectors (title, summary, cause) + 0.25 × the Jaccard index of their services
 * + 0.15 × that of their tags. Ties go to the postmortem listed first. The target itself
 * (the same object) is never returned.
 *
 * Pass a {@link SimilarityIndex} for repeated lookups: only postmortems sharing a term, a
 * service or a tag with the target are scored, through the index's inverted lists.
 *
 * @example
 * const index = buildSimilarityIndex(all);
 * similarIncidents(all[3], index, { limit: 3 }); // [{ index: 17, score: 0.72, … }, …]
 */
export function similarIncidents(
  target: Postmortem,
  all: SimilarityIndex | readonly Postmortem[],
  options: SimilarIncidentsOptions = {},
): SimilarIncident[] {
  const index = isIndex(all) ? all : buildSimilarityIndex(all);
  const limit = Math.max(0, Math.floor(options.limit ?? 5));
  const minScore = options.minScore ?? 0.1;
  const n = index.postmortems.length;
  if (limit === 0 || n === 0) return [];
  const self = index.postmortems.indexOf(target);
  const scratch = scratchFor(index);
  let touchedCount = 0;
  const touch = (doc: number): void => {
    if (scratch.seen[doc] === 1) return;
    scratch.seen[doc] = 1;
    scratch.touched[touchedCount++] = doc;
  };

  const vector = textVectorOf(index, target, self);
  for (let k = 0; k < vector.terms.length; k++) {
    const posting = index.text.postings[vector.terms[k] as number];
    if (!posting) continue;
    const weight = vector.weights[k] as number;
    const { docs, weights } = posting;
    for (let p = 0; p < docs.length; p++) {
      const doc = docs[p] as number;
      touch(doc);
      scratch.text[doc] = (scratch.text[doc] as number) + weight * (weights[p] as number);
    }
  }
  const services = self === -1 ? labels(target.services) : (index.services[self] ?? []);
  const tags = self === -1 ? labels(target.tags) : (index.tags[self] ?? []);
  countShared(services, index.byService, scratch.services, touch);
  countShared(tags, index.byTag, scratch.tags, touch);

  const best: { doc: number; score: number; text: number }[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const doc = scratch.touched[t] as number;
    const text = Math.min(1, scratch.text[doc] as number);
    const score =
      SIMILARITY_WEIGHTS.text * text +
      SIMILARITY_WEIGHTS.services *
        jaccard(scratch.services[doc] as number, services.length, index.services[doc]) +
      SIMILARITY_WEIGHTS.tags * jaccard(scratch.tags[doc] as number, tags.length, index.tags[doc]);
    scratch.text[doc] = 0;
    scratch.services[doc] = 0;
    scratch.tags[doc] = 0;
    scratch.seen[doc] = 0;
    if (doc === self || score < minScore || score <= 0) continue;
    insertTop(best, { doc, score, text }, limit);
  }

  return best.map(({ doc, score, text }) => {
    const theirServices = new Set(index.services[doc]);
    const theirTags = new Set(index.tags[doc]);
    return {
      index: doc,
      postmortem: index.postmortems[doc] as Postmortem,
      score,
      text,
      sharedServices: services.filter((s) => theirServices.has(s)),
      sharedTags: tags.filter((s) => theirTags.has(s)),
    };
  });
}

function isIndex(all: SimilarityIndex | readonly Postmortem[]): all is SimilarityIndex {
  return !Array.isArray(all);
}

function scratchFor(index: SimilarityIndex): Scratch {
  let scratch = SCRATCH.get(index);
  if (!scratch) {
    const n = index.postmortems.length;
    scratch = {
      text: new Float64Array(n),
      services: new Uint16Array(n),
      tags: new Uint16Array(n),
      seen: new Uint8Array(n),
      touched: new Int32Array(n),
    };
    SCRATCH.set(index, scratch);
  }
  return scratch;
}

function countShared(
  mine: readonly string[],
  byLabel: ReadonlyMap<string, Int32Array>,
  counts: Uint16Array,
  touch: (doc: number) => void,
): void {
  for (const label of mine) {
    const docs = byLabel.get(label);
    if (!docs) continue;
    for (const doc of docs) {
      touch(doc);
      counts[doc] = (counts[doc] as number) + 1;
    }
  }
}

/** |A ∩ B| / |A ∪ B|, from the size of the intersection; 0 when both are empty. */
function jaccard(shared: number, mine: number, theirs: readonly string[] | undefined): number {
  const union = mine + (theirs?.length ?? 0) - shared;
  return union === 0 ? 0 : shared / union;
}

/** Keeps `best` sorted (score descending, then position) and at most `limit` long. */
function insertTop(
  best: { doc: number; score: number; text: number }[],
  entry: { doc: number; score: number; text: number },
  limit: number,
): void {
  const before = (a: typeof entry, b: typeof entry): boolean =>
    a.score > b.score || (a.score === b.score && a.doc < b.doc);
  const last = best[best.length - 1];
  if (best.length >= limit && last && !before(entry, last)) return;
  let at = best.length;
  while (at > 0 && before(entry, best[at - 1] as typeof entry)) at--;
  best.splice(at, 0, entry);
  if (best.length > limit) best.pop();
}
