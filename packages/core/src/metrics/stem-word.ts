// Suffixes tried longest first; a suffix is removed only when at least three letters remain.
const SUFFIXES: readonly [suffix: string, replacement: string][] = [
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ings', ''],
  ['ing', ''],
  ['ions', ''],
  ['ion', ''],
  ['ies', 'i'],
  ['edly', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

/**
 * A light stemmer for English: enough to bring `deploy`, `deploys`, `deployed` and
 * `deploying`, or `configure`, `configured` and `configuration`, to one form, without the
 * rule tables of a full Porter stemmer. The result is a key for comparison, not a word.
 *
 * Steps: strip one suffix (`-ation(s)` → `-ate`, `-ing(s)`, `-ion(s)`, `-ies` → `-i`, `-ed`,
 * `-es`, `-ly`, `-s`, but not the `s` of `-ss`, `-us` or `-is`); drop a final `e`; drop a
 * final `at` when five letters remain (`configurat` → `configur`, but `migrat` stays);
 * turn a final `y` after a consonant into `i`; undouble a final double consonant
 * (`stopp` → `stop`).
 *
 * @example
 * stemWord('deployments'); // 'deployment'
 * stemWord('timed'); // 'tim', like stemWord('time') and stemWord('timing')
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!stem.endsWith(suffix)) continue;
    const base = stem.slice(0, -suffix.length);
    if (base.length < 3) break;
    if (suffix === 's' && /(?:s|u|i)$/.test(base)) break;
    stem = base + replacement;
    break;
  }
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length >= 7 && stem.endsWith('at')) stem = stem.slice(0, -2);
  if (/[^aeiou]y$/.test(stem)) stem = `${stem.slice(0, -1)}i`;
  if (stem.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ss|ll)$/.test(stem)) {
    stem = stem.slice(0, -1);
  }
  return stem;
}
