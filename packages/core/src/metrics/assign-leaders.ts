import { cosine } from './tf-idf.js';
import type { SparseVector } from './tf-idf.js';

/** Cosine at or above which two cause statements are taken to describe the same cause. */
export const ROOT_CAUSE_THRESHOLD = 0.35;

/**
 * Above this many leaders sharing one term, the term no longer proposes leaders to compare
 * with (a leader found through another term is still scored on all terms). It keeps the
 * work near-linear on very large sets; below it, every leader sharing a term is compared.
 */
export const MAX_CANDIDATE_POSTING = 5000;

/** Which leader each statement joined (itself for a leader, -1 without a statement). */
export interface LeaderAssignment {
  leaderOf: Int32Array;
  /** Cosine similarity to the leader (1 for a leader itself). */
  similarity: Float64Array;
}

/**
 * Greedy clustering by first occurrence. Statements are taken in `order`; each joins the
 * earlier leader whose vector is most similar to its own, when the similarity reaches
 * `threshold` (ties go to the leader met first), and otherwise becomes a leader. Only
 * leaders are indexed and compared, through inverted lists, so the work grows with the
 * number of distinct causes rather than with the number of pairs.
 */
export function assignLeaders(
  vectors: readonly SparseVector[],
  order: readonly number[],
  threshold: number,
  maxCandidatePosting = MAX_CANDIDATE_POSTING,
): LeaderAssignment {
  const n = vectors.length;
  const leaderOf = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  const rank = new Int32Array(n);
  order.forEach((doc, r) => {
    rank[doc] = r;
  });
  // Inverted lists over leaders only: term id → leaders and the term's weight in each.
  const leaders = new Map<number, { docs: number[]; weights: number[] }>();
  const dot = new Float64Array(n);
  const touched: number[] = [];
  for (const doc of order) {
    const vector = vectors[doc];
    if (!vector || vector.terms.length === 0) continue;
    let partial = false;
    for (let k = 0; k < vector.terms.length; k++) {
      const list = leaders.get(vector.terms[k] as number);
      if (!list) continue;
      if (list.docs.length > maxCandidatePosting) {
        partial = true;
        continue;
      }
      const q = vector.weights[k] as number;
      for (let p = 0; p < list.docs.length; p++) {
        const leader = list.docs[p] as number;
        if (dot[leader] === 0) touched.push(leader);
        dot[leader] = (dot[leader] as number) + q * (list.weights[p] as number);
      }
    }
    let best = -1;
    let bestSimilarity = 0;
    for (const leader of touched) {
      const s = partial
        ? cosine(vector, vectors[leader] as SparseVector)
        : Math.min(1, dot[leader] as number);
      dot[leader] = 0;
      const better =
        s > bestSimilarity ||
        (s === bestSimilarity && best !== -1 && (rank[leader] as number) < (rank[best] as number));
      if (s >= threshold && better) {
        best = leader;
        bestSimilarity = s;
      }
    }
    touched.length = 0;
    if (best !== -1) {
      leaderOf[doc] = best;
      similarity[doc] = bestSimilarity;
      continue;
    }
    leaderOf[doc] = doc;
    similarity[doc] = 1;
    for (let k = 0; k < vector.terms.length; k++) {
      const term = vector.terms[k] as number;
      let list = leaders.get(term);
      if (!list) leaders.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(vector.weights[k] as number);
    }
  }
  return { leaderOf, similarity };
}
