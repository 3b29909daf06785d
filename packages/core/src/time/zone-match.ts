import type { TimeProblem, Zone } from './types.js';
import { abbreviationZone, ianaZone, offsetZone, utcZone, zoneFromId } from './zone-from-id.js';
import { AMBIGUOUS_ABBREVIATIONS, REGION_WORDS, regionZoneId } from './zone-table.js';

export interface ZoneMatch {
  zone: Zone;
  problems: TimeProblem[];
  /** Index just after the zone, including a closing bracket that wrapped it. */
  end: number;
}

/**
 * How a zone stands relative to what precedes it. Glued to a time (`attached`) only compact
 * forms count (`14:00UTC`, `12:00Z`); bare offsets depend on the placement too.
 */
type Placement = 'whole' | 'attached' | 'attached-offset-ok' | 'spaced' | 'bracketed';

const NAMED_OFFSET = /(UTC|GMT|UT)(?:[ \t]?([+\-−–])(\d{1,2})(?::?([0-5]\d))?(?!\d))?(?![a-z])/iy;
const BARE_OFFSET = /([+\-−])(\d{2})(:?)([0-5]\d)(?!\d)/y;
const ABBREVIATION = /[A-Z]{1,5}(?![A-Za-z\d])/y;
const IANA_NAME = /[A-Za-z]+(?:[_-][A-Za-z]+)*(?:\/[A-Za-z0-9]+(?:[_+-][A-Za-z0-9]+)*){1,2}/y;

const REGION_ALTERNATIVES = [...REGION_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((r) => r.replace(/ /g, '[ \\t-]+'))
  .join('|');
const ZONE_WORDS = new RegExp(
  String.raw`(?:the[ \t]+)?(${REGION_ALTERNATIVES})[ \t]+(?:(standard|daylight|summer|mean)[ \t]+)?(?:time[ \t]?zone|time)(?![a-z])`,
  'iy',
);

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

function matchNamedOffset(text: string, at: number): ZoneMatch | undefined {
  const m = execAt(NAMED_OFFSET, text, at);
  if (m === null) return undefined;
  const end = at + m[0].length;
  if (m[2] === undefined) return { zone: utcZone(m[0]), problems: [], end };
  const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
  const zone = offsetZone(m[2] === '+' ? minutes : -minutes, m[0]);
  return zone === undefined ? undefined : { zone, problems: [], end };
}

function matchWords(text: string, at: number): ZoneMatch | undefined {
  const m = execAt(ZONE_WORDS, text, at);
  if (m === null) return undefined;
  const zones = REGION_WORDS.get((m[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' '));
  const zone = zones && zoneFromId(regionZoneId(zones, m[2]?.toLowerCase()));
  if (zone === undefined) return undefined;
  return { zone: { ...zone, text: m[0] }, problems: [], end: at + m[0].length };
}

function matchIana(text: string, at: number): ZoneMatch | undefined {
  const m = execAt(IANA_NAME, text, at);
  const zone = m === null ? undefined : ianaZone(m[0], m[0]);
  return m === null || zone === undefined
    ? undefined
    : { zone, problems: [], end: at + m[0].length };
}

function matchAbbreviation(text: string, at: number): ZoneMatch | undefined {
  const m = execAt(ABBREVIATION, text, at);
  const zone = m === null ? undefined : abbreviationZone(m[0], m[0]);
  if (m === null || zone === undefined) return undefined;
  const note = AMBIGUOUS_ABBREVIATIONS.get(m[0]);
  const problems: TimeProblem[] = note ? [{ code: 'ambiguous-zone', message: note }] : [];
  return { zone, problems, end: at + m[0].length };
}

function matchBareOffset(text: string, at: number, placement: Placement): ZoneMatch | undefined {
  const m = execAt(BARE_OFFSET, text, at);
  if (m === null) return undefined;
  // After a space, "-10:00" is more likely the end of a range ("09:00 -10:00") than an offset.
  if (placement === 'spaced' && m[1] !== '+' && m[3] !== '') return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[4]);
  const zone = offsetZone(m[1] === '+' ? minutes : -minutes, m[0]);
  return zone === undefined ? undefined : { zone, problems: [], end: at + m[0].length };
}

/** One zone token exactly at `at`, with no brackets or spaces around it. */
function matchToken(text: string, at: number, placement: Placement): ZoneMatch | undefined {
  const upper = isUpper(text.charCodeAt(at));
  const glued = placement === 'attached' || placement === 'attached-offset-ok';
  return (
    matchNamedOffset(text, at) ??
    (glued ? undefined : matchWords(text, at)) ??
    (!glued && (upper || placement === 'whole') ? matchIana(text, at) : undefined) ??
    (upper ? matchAbbreviation(text, at) : undefined) ??
    (placement === 'attached' ? undefined : matchBareOffset(text, at, placement))
  );
}

/**
 * Matches a zone written right after a time at `pos`: `UTC`, ` PST`, `GMT+1`, ` (UTC-4)`,
 * ` Pacific Time`, ` Europe/Paris`, `Z`. A bare offset glued to the time (`12:00:00+01:00`)
 * is only taken when `offsetMayAttach` (the time had seconds or was ISO), since `09:00-10:00`
 * is a range.
 */
export function matchZoneAfter(
  text: string,
  pos: number,
  offsetMayAttach: boolean,
): ZoneMatch | undefined {
  let at = pos;
  while (at < text.length && at - pos < 2 && isBlank(text.charCodeAt(at))) at++;
  const closer = CLOSER[text[at] ?? ''];
  if (closer !== undefined) {
    const inner = matchToken(text, at + 1, 'bracketed');
    if (inner === undefined || text[inner.end] !== closer) return undefined;
    return { ...inner, end: inner.end + 1 };
  }
  if (at > pos) return matchToken(text, at, 'spaced');
  return matchToken(text, at, offsetMayAttach ? 'attached-offset-ok' : 'attached');
}

/**
 * Matches a zone starting exactly at `at` in prose ("all times in Pacific Time."), where it
 * must end at a word boundary.
 */
export function matchZoneToken(text: string, at: number): ZoneMatch | undefined {
  const m = matchToken(text, at, 'bracketed');
  if (m === undefined) return undefined;
  const next = text.charCodeAt(m.end);
  const glued =
    (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  return glued ? undefined : m;
}

/** Matches a whole string as one zone, allowing brackets around it and any offset form. */
export function matchWholeZone(text: string): ZoneMatch | undefined {
  let s = text.trim();
  const closer = CLOSER[s[0] ?? ''];
  if (closer !== undefined && s.endsWith(closer)) s = s.slice(1, -1).trim();
  if (s === '') return undefined;
  const m = matchToken(s, 0, 'whole');
  return m !== undefined && m.end === s.length ? m : undefined;
}
