import { cosine } from './tf-idf.js';
import type { SparseVector } from './tf-idf.js';
import type { RootCauseIndex } from './root-cause-index.js';

/** Two postmortems whose cause statements are alike; `a < b` are positions in the list. */
export interface RootCauseLink {
  a: number;
  b: number;
  /** Cosine similarity of the two statements' TF-IDF vectors. */
  similarity: number;
}

/** Cosine at or above which two cause statements are taken to describe the same cause. */
export const ROOT_CAUSE_THRESHOLD = 0.35;

/**
 * Above this many postmortems sharing one term, the term no longer proposes candidate pairs
 * (every pair found is still scored on all its terms). Keeps the search near-linear on very
 * large sets; below it, every pair with a term in common is compared, so the result is exact.
 */
export const MAX_CANDIDATE_POSTING = 5000;

/**
 * Every pair of postmortems whose cause statements have a cosine similarity of at least
 * `threshold`, found through the inverted index instead of comparing all pairs. Ordered by
 * `a`, then `b`.
 */
export function rootCauseLinks(
  index: RootCauseIndex,
  threshold = ROOT_CAUSE_THRESHOLD,
  maxCandidatePosting = MAX_CANDIDATE_POSTING,
): RootCauseLink[] {
  const { vectors, postings } = index.tfIdf;
  const n = vectors.length;
  const dot = new Float64Array(n);
  const touched: number[] = [];
  const links: RootCauseLink[] = [];
  for (let a = 0; a < n; a++) {
    const vector = vectors[a];
    if (!vector || vector.terms.length === 0) continue;
    let partial = false;
    for (let k = 0; k < vector.terms.length; k++) {
      const posting = postings[vector.terms[k] as number];
      if (!posting) continue;
      if (posting.docs.length > maxCandidatePosting) {
        partial = true;
        continue;
      }
      const weight = vector.weights[k] as number;
      const { docs, weights } = posting;
      // Postings are in document order, so the documents after `a` are at the end.
      for (let p = docs.length - 1; p >= 0; p--) {
        const b = docs[p] as number;
        if (b <= a) break;
        if (dot[b] === 0) touched.push(b);
        dot[b] = (dot[b] as number) + weight * (weights[p] as number);
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const similarity = partial
        ? cosine(vector, vectors[b] as SparseVector)
        : Math.min(1, dot[b] as number);
      dot[b] = 0;
      if (similarity >= threshold) links.push({ a, b, similarity });
    }
    touched.length = 0;
  }
  return links;
}
