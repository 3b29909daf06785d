import { STOP_WORDS } from './stop-words.js';
import { stemWord } from './stem-word.js';

const URL = /\bhttps?:\/\/\S+/gi;
// Short forms that postmortems use as often as the full word, mapped so that both match.
const ALIASES: Readonly<Record<string, string>> = {
  config: 'configuration',
  configs: 'configuration',
  db: 'database',
  dbs: 'database',
  k8s: 'kubernetes',
  lb: 'balancer',
  certs: 'certificate',
  cert: 'certificate',
};
// Stemming is the costly step and vocabularies are small: each word is stemmed once.
const STEMS = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;
// Letters (any script) and digits, with inner apostrophes, dots or hyphens kept out.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The terms of a text for comparing incidents: URLs dropped, lower-cased words, stop words
 * and one-letter words and bare numbers removed, a few short forms spelt out (`config`,
 * `db`), each word stemmed with {@link stemWord}.
 * Calls `onWord` with every kept term and the word it came from, for labels.
 *
 * @example
 * textTerms('The deploy failed; deploys are now checked.'); // ['deploy', 'fail', 'deploy', 'check']
 */
export function textTerms(text: string, onWord?: (term: string, word: string) => void): string[] {
  const terms: string[] = [];
  const words = text.replace(URL, ' ').toLowerCase().match(WORD) ?? [];
  for (const word of words) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    let term = STEMS.get(word);
    if (term === undefined) {
      term = stemWord(ALIASES[word] ?? word);
      // Bounded, so that a stream of odd words cannot grow it without end.
      if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear();
      STEMS.set(word, term);
    }
    terms.push(term);
    onWord?.(term, word);
  }
  return terms;
}
