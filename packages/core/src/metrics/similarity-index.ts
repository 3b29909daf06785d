import type { Postmortem } from '../model/index.js';
import { incidentText } from './incident-text.js';
import { buildTfIdf, vectorise } from './tf-idf.js';
import type { SparseVector, TfIdf } from './tf-idf.js';
import { textTerms } from './text-terms.js';

/**
 * How much each signal counts in a similarity score, which is their weighted sum and so lies
 * in [0, 1]. The text says most about whether two incidents are alike; a shared service
 * says the same system was hurt; tags are looser labels.
 */
export const SIMILARITY_WEIGHTS = { text: 0.6, services: 0.25, tags: 0.15 } as const;

/**
 * Each text is described by its 32 heaviest terms: a long summary is then compared on its
 * distinctive words rather than on every common one, and lookups stay fast on large sets.
 */
export const MAX_TEXT_TERMS = 32;

/**
 * Everything a similar-incident lookup needs, computed once for a set of postmortems: the
 * TF-IDF vectors of their texts and an inverted index from each term, service and tag to
 * the postmortems that have it. Lookups then touch only postmortems that share something
 * with the target.
 */
export interface SimilarityIndex<T extends LabelledItem = Postmortem> {
  readonly postmortems: readonly T[];
  readonly text: TfIdf;
  /** The terms of an item's text, for targets that are not in the index. */
  readonly termsOf: (item: T) => readonly string[];
  /** Lower-cased services and tags of each postmortem, without repeats. */
  readonly services: readonly (readonly string[])[];
  readonly tags: readonly (readonly string[])[];
  /** Which postmortems have each (lower-cased) service, and each tag. */
  readonly byService: ReadonlyMap<string, Int32Array>;
  readonly byTag: ReadonlyMap<string, Int32Array>;
}

/** What the index reads of an item besides its text: its services and tags. */
export interface LabelledItem {
  readonly services: readonly string[];
  readonly tags: readonly string[];
}

/**
 * Builds the similarity index of a set of postmortems. Build it once and keep it for many
 * lookups; {@link similarIncidents} builds one on each call when given a plain list.
 */
export function buildSimilarityIndex(postmortems: readonly Postmortem[]): SimilarityIndex {
  return buildSimilarityIndexOf(postmortems, similarityTerms);
}

/** The terms similar incidents compare a postmortem on: those of {@link incidentText}. */
export function similarityTerms(model: Postmortem): string[] {
  return textTerms(incidentText(model));
}

/**
 * {@link buildSimilarityIndex} over any items whose text terms are known: a server keeps
 * each postmortem's {@link similarityTerms} from write time and indexes those.
 */
export function buildSimilarityIndexOf<T extends LabelledItem>(
  items: readonly T[],
  termsOf: (item: T) => readonly string[],
): SimilarityIndex<T> {
  const text = buildTfIdf(items.map(termsOf), { maxTerms: MAX_TEXT_TERMS });
  const services = items.map((m) => labels(m.services));
  const tags = items.map((m) => labels(m.tags));
  return {
    postmortems: items,
    text,
    termsOf,
    services,
    tags,
    byService: invertLabels(services),
    byTag: invertLabels(tags),
  };
}

/** The text vector of a postmortem: its own when it is in the index, else weighed by it. */
export function textVectorOf<T extends LabelledItem>(
  index: SimilarityIndex<T>,
  model: T,
  position: number,
): SparseVector {
  const own = position === -1 ? undefined : index.text.vectors[position];
  return own ?? vectorise(index.termsOf(model), index.text);
}

/** Services or tags as compared: trimmed, lower-cased, each once. */
export function labels(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean))];
}

function invertLabels(lists: readonly (readonly string[])[]): Map<string, Int32Array> {
  const docs = new Map<string, number[]>();
  lists.forEach((list, doc) => {
    for (const label of list) {
      const found = docs.get(label);
      if (found) found.push(doc);
      else docs.set(label, [doc]);
    }
  });
  return new Map([...docs].map(([label, list]) => [label, Int32Array.from(list)]));
}
