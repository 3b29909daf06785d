import type { Postmortem } from '../model/index.js';
import { rootCauseText } from './incident-text.js';
import { buildTfIdf } from './tf-idf.js';
import type { TfIdf } from './tf-idf.js';
import { textTerms } from './text-terms.js';

/** TF-IDF vectors of every postmortem's cause statement, built once for the analyses. */
export interface RootCauseIndex {
  readonly postmortems: readonly Postmortem[];
  /** Each postmortem's cause statement; undefined when it states none. */
  readonly causes: readonly (string | undefined)[];
  /** Vectors by postmortem; a postmortem without a cause has an empty vector. */
  readonly tfIdf: TfIdf;
  /** For each term, the word it was most often written as (for labels). */
  readonly words: readonly string[];
}

/** Builds the cause vectors of a set of postmortems; see {@link rootCauseText}. */
export function buildRootCauseIndex(postmortems: readonly Postmortem[]): RootCauseIndex {
  const causes = postmortems.map(rootCauseText);
  const spellings = new Map<string, Map<string, number>>();
  const remember = (term: string, word: string): void => {
    let forms = spellings.get(term);
    if (!forms) spellings.set(term, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
  };
  const tfIdf = buildTfIdf(causes.map((c) => (c === undefined ? [] : textTerms(c, remember))));
  const words: string[] = [];
  for (const [term, id] of tfIdf.vocabulary) words[id] = commonest(spellings.get(term)) ?? term;
  return { postmortems, causes, tfIdf, words };
}

/** The most frequent spelling; ties go to the alphabetically first, for stable labels. */
function commonest(forms: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const [word, count] of forms ?? []) {
    if (!best || count > best[1] || (count === best[1] && word < best[0])) best = [word, count];
  }
  return best?.[0];
}
