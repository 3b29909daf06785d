import type { Postmortem } from '../model/index.js';
import {
  SIMILARITY_WEIGHTS,
  buildSimilarityIndex,
  labels,
  textVectorOf,
} from './similarity-index.js';
import type { LabelledItem, SimilarityIndex } from './similarity-index.js';

/** A postmortem found similar to the target, with what made it so. */
export interface SimilarIncident<T extends LabelledItem = Postmortem> {
  /** Position of the postmortem in the list the index was built from. */
  index: number;
  postmortem: T;
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
  /**
   * Only positions for which this is true are suggested (the target's scores are the same
   * either way): a server passes who may see what and the list's filters.
   */
  accept?: (index: number) => boolean;
}

/** Buffers reused from one lookup to the next over the same index. */
interface Scratch {
  text: Float64Array;
  services: Uint16Array;
  tags: Uint16Array;
  seen: Uint8Array;
  touched: Int32Array;
}
// Keyed by the index object; any item type, since only the index's size matters here.
const SCRATCH = new WeakMap<object, Scratch>();

/**
 * The postmortems most similar to `target`, best first: score is 0.6 × the cosine of their
 * TF-IDF text vectors (title, summary, cause) + 0.25 × the Jaccard index of their services
 * + 0.15 × that of their tags. Ties go to the postmortem listed first. The target itself
 * (the same object) is never returned.
 *
 * Pass a {@link SimilarityIndex} for repeated lookups: only postmortems sharing a term, a
 * service or a tag with the target are scored, by walking the index's inverted lists once
 * with preallocated buffers (over 100,000 postmortems, a few milliseconds).
 *
 * @example
 * const index = buildSimilarityIndex(all);
 * similarIncidents(all[3], index, { limit: 3 }); // [{ index: 17, score: 0.72, … }, …]
 */
export function similarIncidents(
  target: Postmortem,
  all: SimilarityIndex | readonly Postmortem[],
  options?: SimilarIncidentsOptions,
): SimilarIncident[];
export function similarIncidents<T extends LabelledItem>(
  target: T,
  all: SimilarityIndex<T>,
  options?: SimilarIncidentsOptions,
): SimilarIncident<T>[];
export function similarIncidents(
  target: Postmortem,
  all: SimilarityIndex | readonly Postmortem[],
  options: SimilarIncidentsOptions = {},
): SimilarIncident[] {
  const index = isIndex(all) ? all : buildSimilarityIndex(all);
  const limit = Math.max(0, Math.floor(options.limit ?? 5));
  const minScore = options.minScore ?? 0.1;
  const { accept } = options;
  if (limit === 0 || index.postmortems.length === 0) return [];
  const self = index.postmortems.indexOf(target);
  const {
    text: dot,
    services: sharedServices,
    tags: sharedTags,
    seen,
    touched,
  } = scratchFor(index);
  let count = 0;

  const query = textVectorOf(index, target, self);
  for (let k = 0; k < query.terms.length; k++) {
    const posting = index.text.postings[query.terms[k] as number];
    if (!posting) continue;
    const q = query.weights[k] as number;
    const { docs, weights } = posting;
    // The hot loop, kept to plain typed-array work: it runs over every list entry.
    for (let p = 0; p < docs.length; p++) {
      const doc = docs[p] as number;
      if (seen[doc] === 0) {
        seen[doc] = 1;
        touched[count++] = doc;
      }
      dot[doc] = (dot[doc] as number) + q * (weights[p] as number);
    }
  }
  const services = self === -1 ? labels(target.services) : (index.services[self] ?? []);
  const tags = self === -1 ? labels(target.tags) : (index.tags[self] ?? []);
  for (const [mine, byLabel, shared] of [
    [services, index.byService, sharedServices],
    [tags, index.byTag, sharedTags],
  ] as const) {
    for (const label of mine) {
      for (const doc of byLabel.get(label) ?? []) {
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched[count++] = doc;
        }
        shared[doc] = (shared[doc] as number) + 1;
      }
    }
  }

  const W = SIMILARITY_WEIGHTS;
  const best: Found[] = [];
  for (let t = 0; t < count; t++) {
    const doc = touched[t] as number;
    const text = Math.min(1, dot[doc] as number);
    const score =
      W.text * text +
      W.services * jaccard(sharedServices[doc] as number, services.length, index.services[doc]) +
      W.tags * jaccard(sharedTags[doc] as number, tags.length, index.tags[doc]);
    dot[doc] = 0;
    sharedServices[doc] = 0;
    sharedTags[doc] = 0;
    seen[doc] = 0;
    if (doc === self || score < minScore || score <= 0 || (accept && !accept(doc))) continue;
    const last = best[best.length - 1];
    // Most documents fall short of the current last place; they are dropped without a copy.
    if (
      best.length >= limit &&
      last &&
      (score < last.score || (score === last.score && doc > last.doc))
    )
      continue;
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
      sharedServices: services.filter((x) => theirServices.has(x)),
      sharedTags: tags.filter((x) => theirTags.has(x)),
    };
  });
}

interface Found {
  doc: number;
  score: number;
  text: number;
}

function isIndex(all: SimilarityIndex | readonly Postmortem[]): all is SimilarityIndex {
  return !Array.isArray(all);
}

function scratchFor(index: { readonly postmortems: readonly unknown[] }): Scratch {
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

/** |A ∩ B| / |A ∪ B|, from the size of the intersection; 0 when nothing is shared. */
function jaccard(shared: number, mine: number, theirs: readonly string[] | undefined): number {
  // Checked first: most documents share no label, and reading `theirs` is a cache miss.
  if (shared === 0) return 0;
  return shared / (mine + (theirs?.length ?? 0) - shared);
}

/** Keeps `best` sorted (score descending, then position) and at most `limit` long. */
function insertTop(best: Found[], entry: Found, limit: number): void {
  const before = (a: Found, b: Found): boolean =>
    a.score > b.score || (a.score === b.score && a.doc < b.doc);
  const last = best[best.length - 1];
  if (best.length >= limit && last && !before(entry, last)) return;
  let at = best.length;
  while (at > 0 && before(entry, best[at - 1] as typeof entry)) at--;
  best.splice(at, 0, entry);
  if (best.length > limit) best.pop();
}
