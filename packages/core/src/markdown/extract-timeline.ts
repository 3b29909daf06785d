import type { TimelineKind } from '../model/index.js';
import { timelineKindSchema } from '../model/index.js';
import type { CalendarDate, FoundTime } from '../time/index.js';
import { findDates, findLeadingTime, findTimes, stripLeadingSeparator } from '../time/index.js';
import type { Block } from './block.js';
import { inlineText } from '../text/inline-text.js';

/** A timeline entry as found, before its time is resolved against the document's date and zone. */
export interface RawEntry {
  line: number;
  found?: FoundTime;
  /** A date heading or date line that stands right before the entry. */
  headingDate?: CalendarDate;
  /** A date that leads the entry in place of a time (`- Nov 29: scaled down`). */
  leadDate?: { text: string; date: CalendarDate };
  kind?: TimelineKind;
  text: string;
}

export interface ExtractedTimeline {
  entries: RawEntry[];
  /** 0-based line where the first entry starts; the section body ends there. */
  firstEntryLine?: number;
  /** A date stated before the first entry (a date line or heading), for context. */
  preambleDate?: CalendarDate;
  /** Lines of date headings above the first entry: they become part of the entries' dates. */
  dateHeadingLines: number[];
}

const KIND_TAG = /\s*<!--\s*kind:\s*([a-z-]+)\s*-->\s*$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
// A time introduced inside the first words of a line ("Detected at Nov 1, 2022 6:00 AM").
const EARLY_TIME_WINDOW = 60;
const MAYBE_TIME = /\d[:.h]\d|\d\s?[ap]\.?m|\d{4}\s?hrs?|noon|midnight/i;

/**
 * Lifts timeline entries out of a timeline section's blocks: list items, table rows, lines of
 * paragraphs or HTML, and run-on paragraphs with several times. Whatever stands between entries
 * (code, images, continuation lines) joins the entry before it, so no text is dropped.
 */
export function extractTimeline(
  blocks: readonly Block[],
  lines: readonly string[],
): ExtractedTimeline {
  const entries: RawEntry[] = [];
  let pendingDate: CalendarDate | undefined;
  let preambleDate: CalendarDate | undefined;
  const dateHeadingLines: number[] = [];
  const current = () => entries[entries.length - 1];
  const add = (entry: RawEntry) => {
    if (pendingDate) entry.headingDate = pendingDate;
    pendingDate = undefined;
    const tag = KIND_TAG.exec(entry.text);
    if (tag) {
      const kind = timelineKindSchema.safeParse(tag[1]);
      if (kind.success) {
        entry.kind = kind.data;
        entry.text = entry.text.slice(0, tag.index);
      }
    }
    entries.push(entry);
  };
  const appendRaw = (from: number, to: number) => {
    const entry = current();
    if (!entry) return;
    const raw = lines.slice(from, to).join('\n').trim();
    if (raw) entry.text = `${entry.text}\n\n${raw}`.trim();
  };
  const dateLine = (text: string): CalendarDate | undefined => {
    const plain = inlineText(text).replace(/[.:,]+$/, '');
    const dates = findDates(plain);
    const first = dates[0];
    if (!first?.date || dates.length !== 1) return undefined;
    const leftover = (plain.slice(0, first.index) + plain.slice(first.index + first.length)).trim();
    return /^(?:on\s+)?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$/i.test(leftover)
      ? first.date
      : undefined;
  };
  const shapes = new Set<string>();
  const continueWith = (text: string, line: number) => {
    const entry = current();
    if (entry) entry.text = `${entry.text}\n${text}`.trim();
    else add({ line, text });
  };
  const takeLine = (text: string, line: number, continuation: boolean) => {
    const { before, parts } = splitRunOn(text, shapes);
    if (parts.length === 0) {
      const date = dateLine(text);
      if (date) {
        if (entries.length === 0) preambleDate ??= date;
        pendingDate = date;
        return;
      }
      const entry = current();
      if (entry && continuation) entry.text = `${entry.text}\n${text.trim()}`.trim();
      else if (entry) entry.text = `${entry.text}\n\n${text.trim()}`.trim();
      return;
    }
    if (before) continueWith(before, line);
    for (const part of parts) add({ line, ...part });
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const timed = findLeadingTime(block.text);
        if (timed?.clock) {
          // `### 10:05 Alert fires`: an entry written as a heading; its paragraphs follow.
          add({
            line: block.start,
            found: timed,
            text: stripLeadingSeparator(block.text.slice(timed.index + timed.length)).trim(),
          });
          break;
        }
        const date = dateLine(block.text);
        if (date) {
          if (entries.length === 0) {
            preambleDate ??= date;
            for (let l = block.start; l < block.end; l++) dateHeadingLines.push(l);
          }
          pendingDate = date;
        }
        break;
      }
      case 'list':
        for (const item of block.items) {
          const first = lines[item.start] ?? '';
          const head = first.replace(LIST_MARKER, '');
          const rest = dedent(lines.slice(item.start + 1, item.end));
          const { before, parts } = splitRunOn(head, shapes);
          if (parts.length === 0) {
            add({ line: item.start, text: joinText(head.trim(), rest) });
          } else {
            if (before) continueWith(before, item.start);
            parts.forEach((part, i) => {
              add({
                line: item.start,
                ...part,
                text: i === parts.length - 1 ? joinText(part.text, rest) : part.text,
              });
            });
          }
        }
        break;
      case 'table': {
        const timeColumns = findTimeColumns(
          block.header,
          block.rows.map((r) => r.cells),
        );
        for (const row of block.rows) {
          // Separate Date and Time columns read as one stamp: `2024-03-01 14:05`.
          const cell = timeColumns
            .map((c) => (row.cells[c] ?? '').trim())
            .filter(Boolean)
            .join(' ');
          const found = cell ? findLeadingTime(cell) : undefined;
          const leadDate = !found && cell ? leadingDate(cell, true) : undefined;
          const others = row.cells.filter((c, i) => !timeColumns.includes(i) && c.trim() !== '');
          add({
            line: row.line,
            ...(found ? { found } : {}),
            ...(leadDate ? { leadDate } : {}),
            text: others.join(' — '),
          });
          if (leadDate) continue;
          if (!found && cell.trim()) {
            const entry = current();
            if (entry) entry.text = `${cell.trim()} — ${entry.text}`;
          }
        }
        break;
      }
      case 'paragraph':
        for (let l = block.start; l < block.end; l++) takeLine(lines[l] ?? '', l, l > block.start);
        break;
      case 'html':
        for (const htmlLine of block.lines) {
          if (htmlLine.text === '') continue;
          if (
            entries.length === 0 &&
            splitRunOn(htmlLine.text, shapes).parts.length === 0 &&
            !dateLine(htmlLine.text)
          )
            continue;
          takeLine(htmlLine.text, htmlLine.line, false);
        }
        break;
      case 'code':
        if (!block.fenced) {
          for (let l = block.start; l < block.end; l++) {
            const text = (lines[l] ?? '').trim();
            if (text) takeLine(text.replace(LIST_MARKER, ''), l, false);
          }
        } else {
          appendRaw(block.start, block.end);
        }
        break;
      case 'hr':
        // A rule between timeline and the next section is decoration, not content.
        break;
      default:
        appendRaw(block.start, block.end);
    }
  }
  const firstEntryLine = entries.reduce<number | undefined>(
    (min, e) => (min === undefined || e.line < min ? e.line : min),
    undefined,
  );
  return {
    entries,
    dateHeadingLines: entries.length > 0 ? dateHeadingLines : [],
    ...(firstEntryLine === undefined ? {} : { firstEntryLine }),
    ...(preambleDate ? { preambleDate } : {}),
  };
}

/**
 * Splits a line into entries at each time that starts an entry: the leading one, and any later
 * one followed by a separator (`2105hrs WAT: …`) that ends a sentence before it or is written
 * the way this timeline's other times are. `before` is text ahead of the first time, which
 * continues the previous entry. Returns no parts when the line has no entry time at all.
 */
function splitRunOn(text: string, shapes: Set<string>): { before: string; parts: Part[] } {
  const leading = findLeadingTime(text);
  const starts: FoundTime[] = [];
  if (leading) starts.push(leading);
  else if (MAYBE_TIME.test(text.slice(0, EARLY_TIME_WINDOW + 20))) {
    const early = findTimes(text).find((t) => t.index <= EARLY_TIME_WINDOW && t.clock);
    if (
      early &&
      /\b(?:at|around|by|from|on|since|approx(?:imately)?|~)\s*$/i.test(
        text.slice(0, early.index).replace(/[*_]/g, ''),
      )
    ) {
      return { before: '', parts: [{ found: early, text: text.trim() }] };
    }
  }
  if (!leading) {
    const date = leadingDate(text);
    if (date) {
      const after = text.slice(text.indexOf(date.text) + date.text.length);
      return { before: '', parts: [{ leadDate: date, text: stripLeadingSeparator(after).trim() }] };
    }
  }
  const rest = leading ? text.slice(leading.index + leading.length) : text;
  // Most lines hold one time; only look for more where a second clock-like token stands.
  const more = MAYBE_TIME.test(rest) ? findTimes(text) : [];
  if (leading && more.length > 1) shapes.add(shapeOf(leading.text));
  for (const t of more) {
    if (leading && t.index < leading.index + leading.length) continue;
    // Only the few characters around the time matter; slicing the whole line for each of
    // thousands of times in a pathological line would be quadratic.
    const before = text.slice(Math.max(0, t.index - 12), t.index).replace(/[*_\s]+$/, '');
    const after = text.slice(t.index + t.length, t.index + t.length + 12);
    if (!/^\s*(?:\*\*|__)?\s*[:\-–—|]/.test(after)) continue;
    if (/[.!?;)>]$/.test(before) || shapes.has(shapeOf(t.text))) starts.push(t);
  }
  // The shapes only matter on lines with several times; most lines have one.
  if (more.length > 1 || (!leading && starts.length > 0))
    for (const t of starts) shapes.add(shapeOf(t.text));
  const first = starts[0];
  // What the leading-time reader skipped ("At", bullets) is not text of its own.
  const lead =
    first && first !== leading
      ? text
          .slice(0, first.index)
          .replace(/[*_\s[(]+$/, '')
          .trim()
      : '';
  return {
    // Bullets, emoji and entities before the time are decoration, not text to keep.
    before: /[\p{L}\p{N}]/u.test(inlineText(lead)) ? lead : '',
    parts: starts.map((found, i) => {
      const next = starts[i + 1];
      const body = text.slice(found.index + found.length, next ? next.index : undefined);
      return { found, text: stripLeadingSeparator(body).trim() };
    }),
  };
}

interface Part {
  found?: FoundTime;
  leadDate?: RawEntry['leadDate'];
  text: string;
}

/** How a time is written, digits aside: `2105hrs WAT` and `2113hrs WAT` share a shape. */
function shapeOf(time: string): string {
  return time.replace(/\d/g, '9');
}

/**
 * The columns that hold each row's time: those whose header says time, date, when or
 * timestamp (a Date column and a Time column both count), else the first column where at
 * least half the cells begin with a time.
 */
function findTimeColumns(header: readonly string[], rows: readonly string[][]): number[] {
  const named = header.flatMap((h, i) =>
    /\b(?:time|date|when|timestamp|day)\b/i.test(h) ? [i] : [],
  );
  if (named.length > 0) return named.slice(0, 2);
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const hits = rows.filter((r) => r[c] && findLeadingTime(r[c] ?? '')).length;
    if (hits > 0 && hits * 2 >= rows.length) return [c];
  }
  return [];
}

const DATE_LEAD_GAP = /^[\s*_[(]*$/;
const AFTER_DATE = /^\s*(?:\*\*|__|\*|_|\]|\))*\s*(?:[:\-–—|]|$)/;

/**
 * A date that leads a line in place of a time (`Nov 29: scaled down`, `**2019-12-03** text`):
 * only at the start, and only when a separator or the end of emphasis follows, so that a
 * sentence that merely begins with a date is not mistaken for an entry. In a table cell the
 * whole cell may be the date.
 */
export function leadingDate(
  text: string,
  wholeCell = false,
): { text: string; date: CalendarDate } | undefined {
  if (!DATE_LEAD.test(text)) return undefined;
  const found = findDates(text.slice(0, 80))[0];
  if (!found?.date || !DATE_LEAD_GAP.test(text.slice(0, found.index))) return undefined;
  const after = text.slice(found.index + found.length);
  // A date alone on its line dates what follows; it is not an entry of its own.
  if (!wholeCell && !/[\p{L}\p{N}]/u.test(after)) return undefined;
  const emphasised = /^[*_]/.test(text.trimStart()) && /^(?:\*\*|__|\*|_)/.test(after);
  if (!emphasised && !(wholeCell && after.trim() === '') && !AFTER_DATE.test(after))
    return undefined;
  return { text: found.text, date: found.date };
}

const DATE_LEAD =
  /^[\s*_[(]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

function joinText(head: string, rest: string): string {
  return rest ? `${head}\n${rest}`.trim() : head.trim();
}

/** Removes the indentation that list-item continuation lines share. */
export function dedent(block: readonly string[]): string {
  const indents = block.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return block
    .map((l) => l.slice(Math.min(cut, /^\s*/.exec(l)?.[0].length ?? 0)))
    .join('\n')
    .replace(/\s+$/, '');
}
