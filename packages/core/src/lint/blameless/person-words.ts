/** A word of running text with its position. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Words that name a person by their role. "users" and "customers" are left out on purpose:
// they are who an outage hurts, not who caused it.
const ROLES = new Set(
  [
    'engineer',
    'developer',
    'dev',
    'admin',
    'administrator',
    'sysadmin',
    'operator',
    'sre',
    'intern',
    'employee',
    'contractor',
    'colleague',
    'teammate',
    'coworker',
    'co-worker',
    'programmer',
    'tester',
    'dba',
    'devops',
    'person',
    'guy',
    'individual',
    'hire',
    'author',
    'committer',
    'reviewer',
    'manager',
    'on-call',
    'oncall',
    'staffer',
    'technician',
    'newbie',
    'junior',
  ].flatMap((w) => [w, `${w}s`]),
);
ROLES.add('people');

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'someone', 'somebody', 'i']);

/** Words that may stand between a determiner and the role: "our new on-call engineer". */
const MODIFIERS = new Set([
  'the',
  'our',
  'a',
  'an',
  'that',
  'this',
  'their',
  'your',
  'my',
  'his',
  'one',
  'of',
  'some',
  'another',
  'same',
  'other',
  'junior',
  'senior',
  'new',
  'lead',
  'responsible',
  'former',
  'principal',
  'tired',
  'sleepy',
  'only',
  'certain',
  'particular',
]);

/** Auxiliaries and adverbs between a subject and its verb: "Bob had simply forgotten to". */
const BETWEEN = new Set([
  'has',
  'had',
  'have',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'just',
  'since',
  'simply',
  'apparently',
  'probably',
  'also',
  'then',
  'clearly',
  'obviously',
  'accidentally',
  'mistakenly',
  'again',
  'completely',
  'totally',
  'later',
  'who',
  'did',
  'had',
  'not',
  'never',
  'to',
  'will',
  'would',
  'should',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'can',
  'get',
  'got',
]);

// Capitalised words that are not people: calendar words and the products and companies that
// postmortems name most. A capitalised word mid-sentence that is none of these is read as a name.
const NOT_NAMES = new Set([
  ...'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
  ...'nginx apache redis kafka docker kubernetes puppet chef ansible terraform jenkins github gitlab bitbucket linux ubuntu debian centos windows java python node postgres postgresql mysql mongo mongodb elasticsearch cloudflare heroku amazon google azure microsoft aws gcp grafana prometheus datadog pagerduty sentry slack zulip jira confluence vault consul envoy istio haproxy varnish memcached rabbitmq celery sidekiq rails django flask spring react vue angular internet wordpress php borgmon bigtable spanner shakespeare udacity holberton alx'.split(
    ' ',
  ),
  ...'the a an this that it we our they their there then when while after before because and but or so if at on in by from to for with also however monitoring traffic load the initially finally eventually later during since once although though'.split(
    ' ',
  ),
]);

/** Up to `max` words right after `index`, stopping at punctuation. */
export function wordsAfter(text: string, index: number, max = 5): Word[] {
  const words: Word[] = [];
  for (let w = wordAfter(text, index); w && words.length < max; w = wordAfter(text, w.end)) {
    words.push(w);
  }
  return words;
}

/** The word right after `index` (past spaces and emphasis), or undefined at punctuation. */
function wordAfter(text: string, index: number): Word | undefined {
  let i = index;
  const n = text.length;
  while (i < n && isGap(text.charCodeAt(i))) i++;
  const start = i;
  // A word starts with a letter or digit and goes on through apostrophes and hyphens.
  if (i >= n || !isWordStart(text, i)) return undefined;
  i++;
  while (i < n && isWordChar(text, i)) i++;
  return { text: text.slice(start, i), start, end: i };
}

/** Up to `max` words right before `index`, nearest first, stopping at punctuation. */
export function wordsBefore(text: string, index: number, max = 5): Word[] {
  const words: Word[] = [];
  for (let w = wordBefore(text, index); w && words.length < max; w = wordBefore(text, w.start)) {
    words.push(w);
  }
  return words;
}

/** The word right before `index` (past spaces and emphasis), or undefined at punctuation. */
function wordBefore(text: string, index: number): Word | undefined {
  let i = index;
  while (i > 0 && isGap(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isWordChar(text, i - 1)) i--;
  return i === end ? undefined : { text: text.slice(i, end), start: i, end };
}

function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 42 /* * */ || c === 95 /* _ */ || c === 0xa0;
}

function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(text[i] ?? '');
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 39 /* ' */ ||
      c === 45 /* - */
    );
  }
  return /[\p{L}\p{N}’]/u.test(text[i] ?? '');
}

/** Whether a word starts a sentence: nothing before it on the line but markup, or a full stop. */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s*_>#"“(]+$/, '');
  if (before === '' || /^\s*(?:[-+*]|\d+[.)])?\s*$/.test(before)) return true;
  return /[.!?:;]$/.test(before);
}

/** What is known about the people in this document, to tell "Bob" from "Nginx". */
export interface People {
  /** Whether a lower-cased word is part of the name of an author, reviewer, owner or attendee. */
  knows(word: string): boolean;
}

/**
 * Whether `word` names a person: a pronoun, a role ("engineer", "SRE"), a person the document
 * names elsewhere, or a capitalised name. A capitalised word at the start of a sentence is only
 * taken for a name when `strong` (the verb is one that only people do, such as "forgot").
 */
export function isPerson(
  word: Word,
  text: string,
  people: People,
  options: { strong: boolean; subject: boolean },
): boolean {
  const { text: w, start } = word;
  return namesPerson(w, w.toLowerCase(), start, text, people, options.strong, options.subject);
}

/** `isPerson` for a word given by its text (as written and lower-cased) and its start. */
function namesPerson(
  word: string,
  lowered: string,
  start: number,
  text: string,
  people: People,
  strong: boolean,
  subject: boolean,
): boolean {
  const lower = withoutPossessive(lowered);
  if (PRONOUNS.has(lower)) return lower !== 'i' || subject;
  if (ROLES.has(lower)) return true;
  // A word starting with a lower-case ASCII letter or a digit is never capitalised: most words.
  const c = word.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
    const capitalised = CAPITALISED.test(withoutPossessive(word)) && !NOT_NAMES.has(lower);
    if (capitalised && (strong || !startsSentence(text, start))) return true;
  }
  return people.knows(lower);
}

const CAPITALISED = /^\p{Lu}\p{Ll}{1,14}$/u;

/** `word` without a final `'s` or `’s` (lower-case s only, as written). */
function withoutPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115 /* s */) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 /* ' */ || c === 0x2019;
}

/**
 * The end of the person a phrase after a keyword names ("because *the new engineer* …"),
 * skipping determiners and modifiers; -1 when it names something else or a person's thing
 * ("the engineer's script").
 */
export function personAfter(text: string, index: number, people: People): number {
  // Word by word: most phrases end at their first word, and "because" comes up in every
  // document.
  for (
    let w = wordAfter(text, index), count = 0;
    w && count < 5;
    w = wordAfter(text, w.end), count++
  ) {
    const lowered = w.text.toLowerCase();
    if (MODIFIERS.has(lowered)) continue;
    if (isPossessive(w.text)) return -1;
    return namesPerson(w.text, lowered, w.start, text, people, false, false) ? w.end : -1;
  }
  return -1;
}

/**
 * The person who is the subject of a verb at `index` ("*the SRE* forgot to", "*Bob* had
 * forgotten to"), skipping auxiliaries and adverbs; undefined when the subject is not a person.
 */
export function personBefore(
  text: string,
  index: number,
  people: People,
  strong: boolean,
): Word | undefined {
  // The words of `wordsBefore(text, index, 5)`, read one at a time.
  for (
    let w = wordBefore(text, index), count = 0;
    w && count < 5;
    w = wordBefore(text, w.start), count++
  ) {
    const lowered = w.text.toLowerCase();
    if (BETWEEN.has(lowered)) continue;
    return namesPerson(w.text, lowered, w.start, text, people, strong, true) ? w : undefined;
  }
  return undefined;
}

/** A possessive right before `index` that names a person: "Bob's", "the engineer's", "his". */
export function possessiveBefore(text: string, index: number, people: People): Word | undefined {
  const w = wordsBefore(text, index, 1)[0];
  if (!w) return undefined;
  const lower = w.text.toLowerCase();
  if (['his', 'her', 'their', 'my', 'your'].includes(lower)) return w;
  if (!/['’]s$/.test(w.text)) return undefined;
  return isPerson(w, text, people, { strong: true, subject: false }) ? w : undefined;
}
