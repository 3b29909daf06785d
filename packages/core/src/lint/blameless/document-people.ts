import type { Postmortem } from '../../model/index.js';
import type { People } from './person-words.js';

const TEAM =
  /\b(?:team|squad|group|crew|guild|ops|eng|engineering|platform|infra|on-?call|rotation)\b/i;

/**
 * The people of a document (authors, reviewers, attendees, action item owners), read only
 * when a check first needs a name. A class, so that its getter lives on the prototype rather
 * than being defined anew on an object for every document.
 */
export class DocumentPeople implements People {
  private parts: string[] | undefined;

  constructor(private readonly model: Postmortem) {}

  /**
   * The lower-cased words of the people's names (a name given twice comes twice). A list
   * rather than a set: a document names a few people, and searching their dozen words costs
   * less than hashing each of them into a set that is asked once or twice.
   */
  get names(): readonly string[] {
    return (this.parts ??= namesOf(this.model));
  }

  knows(word: string): boolean {
    return this.names.includes(word);
  }
}

function namesOf(model: Postmortem): string[] {
  const known: string[] = [];
  for (const name of model.authors) addName(known, name);
  for (const name of model.reviewers) addName(known, name);
  for (const name of model.followUp.attendees) addName(known, name);
  for (const item of model.actionItems) addName(known, item.owner);
  return known;
}

function addName(known: string[], name: string | undefined): void {
  if (!name) return;
  let parts = PARTS.get(name);
  if (parts === undefined) {
    parts = partsOf(name);
    if (PARTS.size >= 10_000) PARTS.clear();
    PARTS.set(name, parts);
  }
  for (const part of parts) known.push(part);
}

// The same names come back from document to document (a team's postmortems, its on-call
// rotation): each one's parts, worked out once.
const PARTS = new Map<string, readonly string[]>();

/** The lower-cased words of a person's name; none for a team, a prompt or a long phrase. */
function partsOf(name: string): readonly string[] {
  // Names of people only: a team ("payments team") would make its words look like people.
  if (/^\[.*\]$/.test(name) || TEAM.test(name)) return [];
  const parts = nameParts(name.toLowerCase());
  return parts.length <= 3 ? parts : [];
}

/** `name.split(/[\s,]+/).filter((p) => p.length > 1)`, without the regular expression. */
export function nameParts(name: string): string[] {
  const parts: string[] = [];
  const n = name.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isSeparator(name.charCodeAt(i))) continue;
    if (i - start > 1) parts.push(name.slice(start, i));
    start = i + 1;
  }
  return parts;
}

/** A comma or what `\s` matches. */
export function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || c === 44 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
