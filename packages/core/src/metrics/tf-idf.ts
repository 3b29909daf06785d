/**
 * A sparse, L2-normalised term vector: term ids in ascending order with their weights.
 * Two vectors' cosine similarity is their dot product.
 */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** The documents containing one term, with the term's weight in each. */
export interface Posting {
  docs: Int32Array;
  weights: Float64Array;
}

/** TF-IDF vectors of a set of documents, with the inverted index over their terms. */
export interface TfIdf {
  vocabulary: ReadonlyMap<string, number>;
  /** The terms by id. */
  terms: readonly string[];
  /** Each vector keeps at most this many terms (Infinity: all). */
  maxTerms: number;
  /** Inverse document frequency by term id. */
  idf: Float64Array;
  /** Document frequency by term id. */
  df: Int32Array;
  vectors: SparseVector[];
  postings: Posting[];
}

const EMPTY: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

export interface TfIdfOptions {
  /**
   * Keep only the heaviest terms of each vector, before scaling it to length 1. A long text
   * is then described by its most distinctive words rather than by every common one, and the
   * inverted lists of common words stay short. Ties go to the alphabetically first term.
   */
  maxTerms?: number;
}

/**
 * Builds TF-IDF vectors for documents given as lists of terms. A term's weight in a document
 * is `(1 + ln tf) · idf` with `idf = 1 + ln((1 + N) / (1 + df))` (the smoothed form, so a
 * term in every document still counts a little), and each vector is scaled to length 1.
 * The log damps a word repeated many times in one text.
 */
export function buildTfIdf(
  documents: readonly (readonly string[])[],
  options: TfIdfOptions = {},
): TfIdf {
  const maxTerms = options.maxTerms ?? Infinity;
  const vocabulary = new Map<string, number>();
  // Every document's term ids in one array, then each document's slice sorted, so that a
  // term's occurrences in it are adjacent: 100,000 documents cost no map or object each.
  let total = 0;
  for (const terms of documents) total += terms.length;
  const ids = new Int32Array(total);
  const starts = new Int32Array(documents.length + 1);
  let at = 0;
  documents.forEach((terms, doc) => {
    starts[doc] = at;
    for (const term of terms) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      ids[at++] = id;
    }
  });
  starts[documents.length] = at;
  const df = new Int32Array(vocabulary.size);
  const slices: Int32Array[] = [];
  for (let doc = 0; doc < documents.length; doc++) {
    const slice = ids.subarray(starts[doc] as number, starts[doc + 1] as number).sort();
    slices.push(slice);
    for (let k = 0; k < slice.length; k++) {
      const id = slice[k] as number;
      if (k === 0 || id !== slice[k - 1]) df[id] = (df[id] as number) + 1;
    }
  }
  const n = documents.length;
  const idf = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = 1 + Math.log((1 + n) / (1 + (df[t] ?? 0)));
  const terms: string[] = [];
  for (const [term, id] of vocabulary) terms[id] = term;
  const vectors = slices.map((slice) => weigh(slice, idf, maxTerms, terms));
  return { vocabulary, terms, maxTerms, idf, df, vectors, postings: invert(vectors, idf.length) };
}

/**
 * The vector of a document that is not in the corpus, weighed by the corpus's IDF. Terms the
 * corpus has never seen are dropped: no document could share them.
 */
export function vectorise(terms: readonly string[], corpus: TfIdf): SparseVector {
  const ids: number[] = [];
  for (const term of terms) {
    const id = corpus.vocabulary.get(term);
    if (id !== undefined) ids.push(id);
  }
  return weigh(Int32Array.from(ids).sort(), corpus.idf, corpus.maxTerms, corpus.terms);
}

/** The cosine similarity of two normalised vectors: their dot product, at most 1. */
export function cosine(a: SparseVector, b: SparseVector): number {
  // Rounding can push the cosine of a vector with itself a hair over 1.
  return Math.min(1, dot(a, b));
}

/** The dot product of two sparse vectors, by merging their sorted terms. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const { terms: at, weights: aw } = a;
  const { terms: bt, weights: bw } = b;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) sum += (aw[i++] as number) * (bw[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * The normalised vector of a document from its term ids, sorted ascending (repeats adjacent):
 * `(1 + ln tf) · idf` per distinct term, the `maxTerms` heaviest kept (ties to the
 * alphabetically first), scaled to length 1 by summing the squares in term-id order.
 */
function weigh(
  sortedIds: Int32Array,
  idf: Float64Array,
  maxTerms: number,
  names: readonly string[],
): SparseVector {
  const distinct: number[] = [];
  const raw: number[] = [];
  for (let k = 0; k < sortedIds.length;) {
    const id = sortedIds[k] as number;
    let end = k + 1;
    while (end < sortedIds.length && sortedIds[end] === id) end++;
    distinct.push(id);
    raw.push((1 + Math.log(end - k)) * (idf[id] ?? 0));
    k = end;
  }
  if (distinct.length === 0) return EMPTY;
  // Positions into `distinct`, which is in term-id order; kept in that order after the cut.
  let keep = distinct.map((_, k) => k);
  if (keep.length > maxTerms) {
    const name = (k: number): string => names[distinct[k] as number] ?? '';
    keep.sort((a, b) => (raw[b] as number) - (raw[a] as number) || (name(a) < name(b) ? -1 : 1));
    keep = keep.slice(0, maxTerms).sort((a, b) => a - b);
  }
  const terms = Int32Array.from(keep, (k) => distinct[k] as number);
  const weights = Float64Array.from(keep, (k) => raw[k] as number);
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
  return { terms, weights };
}

function invert(vectors: readonly SparseVector[], termCount: number): Posting[] {
  // Counted from the vectors, which may hold fewer terms than the documents did.
  const lengths = new Int32Array(termCount);
  for (const vector of vectors) for (const id of vector.terms) lengths[id] = (lengths[id] ?? 0) + 1;
  const postings: Posting[] = Array.from(lengths, (count) => ({
    docs: new Int32Array(count),
    weights: new Float64Array(count),
  }));
  const fill = new Int32Array(termCount);
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.terms.length; k++) {
      const id = vector.terms[k] as number;
      const posting = postings[id] as Posting;
      const at = fill[id] as number;
      posting.docs[at] = doc;
      posting.weights[at] = vector.weights[k] as number;
      fill[id] = at + 1;
    }
  });
  return postings;
}
