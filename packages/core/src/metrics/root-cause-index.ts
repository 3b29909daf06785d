import type { ActionStatus, Postmortem } from '../model/index.js';
import { incidentDay } from './incident-day.js';
import { rootCauseText } from './incident-text.js';
import { buildTfIdf } from './tf-idf.js';
import type { TfIdf } from './tf-idf.js';
import { textTerms } from './text-terms.js';

/**
 * What the recurring-cause analyses read of one incident: its title, day, cause statement
 * and its items' statuses (to tell whether all were done).
 */
export interface CauseSource {
  title: string;
  day?: string | undefined;
  /** The cause statement ({@link rootCauseText}); undefined when none is stated. */
  cause?: string | undefined;
  actionItems: readonly { status: ActionStatus }[];
}

/** TF-IDF vectors of every postmortem's cause statement, built once for the analyses. */
export interface RootCauseIndex {
  readonly sources: readonly CauseSource[];
  /** Each postmortem's cause statement; undefined when it states none. */
  readonly causes: readonly (string | undefined)[];
  /** Vectors by postmortem; a postmortem without a cause has an empty vector. */
  readonly tfIdf: TfIdf;
  /** For each term, the word it was most often written as (for labels). */
  readonly words: readonly string[];
}

/** Builds the cause vectors of a set of postmortems; see {@link rootCauseText}. */
export function buildRootCauseIndex(postmortems: readonly Postmortem[]): RootCauseIndex {
  return buildCauseIndex(
    postmortems.map((m) => ({
      title: m.title,
      day: incidentDay(m),
      cause: rootCauseText(m),
      actionItems: m.actionItems,
    })),
  );
}

/** {@link buildRootCauseIndex} from each incident's cause, day and items, derived already. */
export function buildCauseIndex(sources: readonly CauseSource[]): RootCauseIndex {
  const causes = sources.map((s) => s.cause);
  const spellings = new Map<string, Map<string, number>>();
  const remember = (term: string, word: string): void => {
    let forms = spellings.get(term);
    if (!forms) spellings.set(term, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
  };
  const tfIdf = buildTfIdf(causes.map((c) => (c === undefined ? [] : textTerms(c, remember))));
  const words: string[] = [];
  for (const [term, id] of tfIdf.vocabulary) words[id] = commonest(spellings.get(term)) ?? term;
  return { sources, causes, tfIdf, words };
}

/** The most frequent spelling; ties go to the alphabetically first, for stable labels. */
function commonest(forms: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const [word, count] of forms ?? []) {
    if (!best || count > best[1] || (count === best[1] && word < best[0])) best = [word, count];
  }
  return best?.[0];
}
