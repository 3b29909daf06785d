import type { Zone } from './types.js';
import { matchWholeZone, matchZoneToken } from './zone-match.js';

/** Cheap gate: every statement mentions times, a time zone or brackets. */
const MAY_STATE_ZONE = /tim|tz|[([]/i;

const TIMES = String.raw`(?:timestamps?|times?)\b`;
const VERB = String.raw`(?:shown|given|listed|written|expressed|reported|displayed)`;
/** Phrases after which the zone of a whole timeline or document is named. */
const STATEMENT_LEADS = [
  String.raw`\ball[ \t]+${TIMES}(?:[ \t]+are)?(?:[ \t]+${VERB})?(?:[ \t]+in)?`,
  String.raw`\b(?:date[ \t]+(?:and|&)[ \t]+)?${TIMES}[ \t]+(?:are[ \t]+)?(?:${VERB}[ \t]+)?in`,
  String.raw`\b${TIMES}[ \t]+are`,
  String.raw`\btime[ \t]*zone(?:[ \t]+is)?[ \t]*[:=]?`,
  String.raw`\btimes[ \t]*:`,
  String.raw`\btz[ \t]*[:=]`,
];
const STATEMENT = new RegExp(
  String.raw`(?:${STATEMENT_LEADS.join('|')})[ \t]*(?:the[ \t]+)?`,
  'gi',
);
/** Later in the same clause ("all times are approximate and in UTC"), the zone may follow these. */
const LATER_IN_CLAUSE = /\b(?:in|are)[ \t]+(?:the[ \t]+)?/gi;
const CLAUSE_END = /[.;()[\]|\n]/;
const CLAUSE_LOOKAHEAD = 60;
/** A bracketed note such as "(in 24-hour clock, West Central Africa Standard Timezone)". */
const BRACKETED_NOTE = /[([]([^()[\]\n]{1,160})[)\]]/g;
const NOTE_LEAD = /^(?:in|using|all[ \t]+times?(?:[ \t]+in)?)[ \t]+/i;
/** A bracket right after a time belongs to that time ("12:00 PM (UTC-4)"), not to the document. */
const ENDS_WITH_TIME = /(?:\d|[ap]\.?m\.?)[\s*_]*$/i;

function zoneLaterInClause(text: string, from: number): Zone | undefined {
  let clause = text.slice(from, from + CLAUSE_LOOKAHEAD);
  const end = CLAUSE_END.exec(clause);
  if (end !== null) clause = clause.slice(0, end.index);
  LATER_IN_CLAUSE.lastIndex = 0;
  for (let m = LATER_IN_CLAUSE.exec(clause); m !== null; m = LATER_IN_CLAUSE.exec(clause)) {
    const zone = matchZoneToken(text, from + m.index + m[0].length);
    if (zone !== undefined) return zone.zone;
  }
  return undefined;
}

function zoneInBracketedNote(text: string): Zone | undefined {
  BRACKETED_NOTE.lastIndex = 0;
  for (let m = BRACKETED_NOTE.exec(text); m !== null; m = BRACKETED_NOTE.exec(text)) {
    if (ENDS_WITH_TIME.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    for (const part of (m[1] ?? '').split(/[,;]/)) {
      const zone = matchWholeZone(part.trim().replace(NOTE_LEAD, ''));
      if (zone !== undefined) return zone.zone;
    }
  }
  return undefined;
}

/**
 * Finds a zone stated once for a whole timeline or document: `(all times UTC)`,
 * `All times in UTC.`, `All times are in Pacific Time`, `Timeline (all times in PST)`,
 * `Date and Time in CET`, `times in West Central Africa Standard Timezone`,
 * `Timezone: Europe/Paris`, or a bracketed note in a heading whose parts include a zone
 * (`Timeline (in 24-hour clock, WAT)`). A zone merely written after one time is not a
 * statement.
 *
 * @example findTimezoneStatement('Timeline (all times in PST)') // { id: 'PST', kind: 'fixed', offsetMinutes: -480, text: 'PST' }
 */
export function findTimezoneStatement(text: string): Zone | undefined {
  if (!MAY_STATE_ZONE.test(text)) return undefined;
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(text); m !== null; m = STATEMENT.exec(text)) {
    const end = m.index + m[0].length;
    const zone = matchZoneToken(text, end)?.zone ?? zoneLaterInClause(text, m.index);
    if (zone !== undefined) return zone;
  }
  return zoneInBracketedNote(text);
}
