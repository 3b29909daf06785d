import type { People } from './person-words.js';
import { personAfter, personBefore, possessiveBefore, wordsBefore } from './person-words.js';

/** The kinds of blaming wording, each with its own message and rewording. */
export type BlameKind =
  | 'humanError'
  | 'judgement'
  | 'hindsight'
  | 'blame'
  | 'personCause'
  | 'forgot'
  | 'personalState'
  | 'punishment';

/** One blaming phrase: what kind, where (indices into the line), and a rewording to offer. */
export interface BlameFinding {
  kind: BlameKind;
  start: number;
  end: number;
  suggestion: string;
}

/** Rewordings offered with each kind, as the message's `suggestion`. */
export const SUGGESTIONS: Readonly<Record<BlameKind, string>> = {
  humanError: 'a gap in the process or tooling that allowed the mistake',
  judgement: 'describe the missing safeguard instead, e.g. "the deploy had no validation step"',
  hindsight:
    'describe what could be seen at the time, e.g. "the dashboard did not show the queue depth"',
  blame: 'describe the event and the missing safeguard, e.g. "the change went out without review"',
  personCause:
    'name the change or condition, e.g. "a configuration change without validation caused the outage"',
  forgot: 'name the missing reminder, e.g. "the step was not in the release checklist"',
  personalState:
    'describe the working conditions, e.g. "the change was made late at night with no second reviewer"',
  punishment: 'describe the change to the system or process that will prevent a repeat',
};

type Range = readonly [number, number];
/** Whether the keyword at `start`..`end` of a line of prose blames a person, and the phrase. */
type Finder = (text: string, start: number, end: number, people: People) => Range | undefined;

const always: Finder = (_t, start, end) => [start, end];

const NEGATED =
  /\b(?:not|no|never|rather than|instead of|beyond|isn't|wasn't|weren't)\s+(?:\w+\s+){0,2}$/i;
// "human error was not the cause": the phrase named only to be ruled out.
const DENIED = /^\s+(?:was|is|were)\s+(?:not|never)\b|^\s+(?:wasn't|isn't|weren't)\b/i;
const LAZY_TECH = /^\s*(?:load|loading|loaded|eval|evaluation|init|initiali[sz]ation)/i;

// Parts shared by several keywords below.
const HINDSIGHT = [String.raw`should(?:'ve|’ve|\s+have)`, String.raw`ought\s+to\s+have`];
const POSSESSIVES = ["['’]s", 'his', 'her', 'their', 'my', 'your'];
const MISTAKES = String.raw`\s+(?:mistakes?|errors?|blunders?|oversights?)\b`;

/**
 * Kind, keywords and the check that decides whether a match is about a person. Each keyword
 * starts with a letter or a bracketed class, for the scan below to group them by it.
 */
const CATEGORIES: readonly (readonly [BlameKind, readonly string[], Finder])[] = [
  [
    'humanError',
    ['human', 'operator', 'pilot', 'personnel'].map((w) => String.raw`${w}\s+errors?\b`),
    (t, start, end) =>
      NEGATED.test(t.slice(Math.max(0, start - 30), start)) || DENIED.test(t.slice(end))
        ? undefined
        : [start, end],
  ],
  [
    'judgement',
    [
      'careless(?:ly|ness)?',
      'negligen(?:t|tly|ce)',
      'incompeten(?:t|tly|ce)',
      'reckless(?:ly|ness)?',
      'sloppy',
      'laz(?:y|iness)',
      'stupid(?:ity)?',
      'idiot(?:ic|s)?',
      'clueless',
      'irresponsib(?:le|ly|ility)',
      String.raw`screw(?:ed|s|ing)?\s+(?:it\s+)?up`,
      'screw-?ups?',
      String.raw`dropped\s+the\s+ball`,
      'botched',
    ].map((w) => String.raw`${w}\b`),
    (t, start, end) =>
      /^laz/i.test(t.slice(start, end)) && LAZY_TECH.test(t.slice(end)) ? undefined : [start, end],
  ],
  [
    'judgement',
    [String.raw`mess(?:ed|es)?\s+(?:it\s+)?up\b`],
    (t, start, end, p) => subjectRange(t, start, end, p, true),
  ],
  ['hindsight', HINDSIGHT.map((h) => String.raw`${h}\s+known\b`), always],
  [
    'hindsight',
    HINDSIGHT.map(
      (h) =>
        String.raw`${h}\s+(?:noticed|caught|seen|checked|double-checked|tested|realized|realised|been\s+more\s+careful|paid\s+more\s+attention)\b`,
    ),
    (t, start, end, p) => subjectRange(t, start, end, p, true),
  ],
  ['blame', [String.raw`blam(?:e|ed|es|ing)\b`], blameFinder],
  ['blame', [String.raw`fault\b`], faultFinder],
  [
    'blame',
    // The possessive is part of the keyword, so that the many plain "errors" cost nothing.
    POSSESSIVES.map((p) => `${p}${MISTAKES}`),
    (t, start, end, p) => {
      const noun = start + t.slice(start, end).search(/(?:mistake|error|blunder|oversight)/i);
      const who = possessiveBefore(t, noun, p);
      return who ? [who.start, end] : undefined;
    },
  ],
  [
    'personCause',
    [
      String.raw`root\s+causes?`,
      'caused',
      'triggered',
      'introduced',
      'broke',
      'crashed',
      String.raw`took\s+down`,
      String.raw`brought\s+down`,
    ].map((w) => String.raw`${w}\b`),
    causeFinder,
  ],
  [
    'personCause',
    [
      String.raw`because(?:\s+of)?`,
      String.raw`due\s+to`,
      String.raw`thanks\s+to`,
      String.raw`owing\s+to`,
      String.raw`result\s+of`,
    ].map((w) => String.raw`${w}\b`),
    (t, start, end, p) => {
      const who = personAfter(t, end, p);
      return who >= 0 ? [start, who] : undefined;
    },
  ],
  [
    'forgot',
    ['forgot', 'forget', 'forgets', 'forgetting', 'forgotten', 'neglected', 'failed'].map(
      (w) => String.raw`${w}\s+to\b`,
    ),
    (t, start, end, p) => subjectRange(t, start, end, p, !/^failed/i.test(t.slice(start, end))),
  ],
  [
    'personalState',
    ['hung-?over', 'hangover', 'drunk', 'intoxicated', 'tipsy'].map((w) => String.raw`${w}\b`),
    always,
  ],
  [
    'punishment',
    ['banished', 'punished', 'reprimanded', 'demoted'].map((w) => String.raw`${w}\b`),
    always,
  ],
  [
    'punishment',
    ['fired', 'sacked', 'disciplined', String.raw`let\s+go`].map((w) => String.raw`${w}\b`),
    (t, start, end, p) => subjectRange(t, start, end, p, true),
  ],
];

/*
 * One scan, without capture groups (they make every attempt slower), finds every keyword of
 * every category; at the few places it matches, sticky copies of the categories tell which
 * one it was. Every keyword starts at a word boundary, checked once per position rather than
 * once per keyword. The pattern is written in lower case; the rule scans the text as written
 * without case (`DocumentView.forEachMatch`), which costs the same and spares lower-casing the
 * document.
 * The keywords are grouped by their first character (`b(?:lame…|roke|ecause…)|c(?:…)`), so
 * that at each position the engine tries only the few that start with the character there,
 * not all sixty: a third faster. Keywords that start with different characters never match
 * at the same place, so grouping them changes no match; within a group they keep their order.
 */
const SOURCE = `\\b(?:${byFirstCharacter(CATEGORIES.flatMap(([, keywords]) => keywords))})`;
/** Every keyword, written in lower case: for a scan of lower-cased text, or with the `i` flag. */
export const BLAME_KEYWORDS = new RegExp(SOURCE, 'g');
const BLAME_KEYWORDS_ANY_CASE = new RegExp(SOURCE, 'gi');
const STICKY = CATEGORIES.map(([, keywords]) => new RegExp(`(?:${keywords.join('|')})`, 'iy'));
// Keyword text as the scan found it → index of its category. No keyword of one category starts
// where one of another category does, so the text alone tells the category: its case or the
// words after it do not change it (a text in another case only takes another entry).
const CATEGORY_OF = new Map<string, number>();

/** `keywords` as one alternation, grouped by first character (a letter or one class). */
function byFirstCharacter(keywords: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const keyword of keywords) {
    const head = /^(?:\[[^\]]+\]|[a-z])/.exec(keyword)?.[0];
    if (head === undefined) throw new Error(`a blame keyword starts with a letter: ${keyword}`);
    const rests = groups.get(head) ?? [];
    rests.push(keyword.slice(head.length));
    groups.set(head, rests);
  }
  return [...groups].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|');
}

/**
 * Whether the keyword found at `index` of `text` blames a person: the category it belongs to
 * (the first that matches there, as the scan's alternation would choose) and that category's
 * check. `text` is one line of prose, with code and link targets masked; `keyword` is what the
 * scan matched, when the caller has it.
 */
export function judgeKeyword(
  text: string,
  index: number,
  people: People,
  keyword?: string,
): BlameFinding | undefined {
  // The same few keywords come up again and again; remember which category each one is.
  const known = keyword === undefined ? undefined : CATEGORY_OF.get(keyword);
  const from = known ?? 0;
  const to = known === undefined ? STICKY.length : known + 1;
  for (let i = from; i < to; i++) {
    const sticky = STICKY[i];
    const category = CATEGORIES[i];
    if (!sticky || !category) continue;
    sticky.lastIndex = index;
    if (!sticky.test(text)) continue;
    if (keyword !== undefined && known === undefined && CATEGORY_OF.size < 500) {
      CATEGORY_OF.set(keyword, i);
    }
    const [kind, , finder] = category;
    const range = finder(text, index, sticky.lastIndex, people);
    return range
      ? { kind, start: range[0], end: range[1], suggestion: SUGGESTIONS[kind] }
      : undefined;
  }
  return undefined;
}

/**
 * Blaming phrases in one line of prose (code and link targets already masked). Each keyword
 * is kept only when its check finds a person in the right place: "the intern broke prod" is
 * reported, "the deploy broke prod" is not. Overlapping phrases are reported once.
 */
export function findBlame(text: string, people: People): BlameFinding[] {
  const found: BlameFinding[] = [];
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few non-ASCII strings; then match without case.
  const [keywords, haystack] =
    lower.length === text.length ? [BLAME_KEYWORDS, lower] : [BLAME_KEYWORDS_ANY_CASE, text];
  keywords.lastIndex = 0;
  for (let m = keywords.exec(haystack); m !== null; m = keywords.exec(haystack)) {
    const f = judgeKeyword(text, m.index, people);
    if (f && !found.some((o) => f.start < o.end && o.start < f.end)) found.push(f);
  }
  return found;
}

function subjectRange(
  t: string,
  start: number,
  end: number,
  p: People,
  strong: boolean,
): Range | undefined {
  const who = personBefore(t, start, p, strong);
  return who ? [who.start, end] : undefined;
}

function blameFinder(t: string, start: number, after: number, p: People): Range | undefined {
  // `git blame` is a command, not an accusation.
  if (wordsBefore(t, start, 1)[0]?.text.toLowerCase() === 'git') return undefined;
  const skip = /^\s+(?:it\s+)?on\b/i.exec(t.slice(after));
  const who = personAfter(t, after + (skip ? skip[0].length : 0), p);
  if (who >= 0) return [start, who];
  // "Bob is to blame", "the engineer was blamed": only with the verb "to be" between, since a
  // label such as "Network blame" is not about a person.
  if (!/\b(?:is|was|are|were|be|been|being|gets?|got)\s+(?:to\s+)?$/i.test(t.slice(0, start))) {
    return undefined;
  }
  return subjectRange(t, start, after, p, true);
}

function faultFinder(t: string, start: number, after: number, p: People): Range | undefined {
  const of = /^\s+of\b/i.exec(t.slice(after));
  if (of) {
    const who = personAfter(t, after + of[0].length, p);
    if (who >= 0) return [start, who];
  }
  const owner = possessiveBefore(t, start, p);
  if (owner) return [owner.start, after];
  const at = /\bat\s+$/i.exec(t.slice(0, start));
  if (at) {
    const who = personBefore(t, at.index, p, true);
    if (who) return [who.start, after];
  }
  return undefined;
}

// Keywords of `causeFinder` that only blame with a person after a "by".
const BY_ONLY = /(?:root|triggered|introduced)/iy;

function causeFinder(t: string, start: number, after: number, p: People): Range | undefined {
  // "… caused by our SRE", "the root cause was a file pushed by the intern": a person after a
  // "by" in the rest of the sentence.
  const rest = t.slice(after, after + 160);
  // Most causes have no "by" after them at all ("the root cause was …"): skip the search.
  if (/by/i.test(rest)) {
    const stop = /[.!?](?:\s|$)/.exec(rest);
    const sentence = stop ? rest.slice(0, stop.index) : rest;
    const by = /\bby\s+/gi;
    for (let b = by.exec(sentence); b !== null; b = by.exec(sentence)) {
      const who = personAfter(t, after + b.index + b[0].length, p);
      if (who >= 0) return [after + b.index, who];
    }
    if (/^\s+by\b/i.test(rest)) return undefined;
  }
  BY_ONLY.lastIndex = start;
  if (BY_ONLY.test(t)) return undefined;
  // "The intern broke production", "On Monday Bob caused the outage".
  return subjectRange(t, start, after, p, false);
}
