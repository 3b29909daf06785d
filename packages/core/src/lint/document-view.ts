import type { ParseResult } from '../markdown/index.js';
import type { SectionKind } from '../model/index.js';
import type { FoundTime } from '../time/index.js';
import { findTimes } from '../time/index.js';
import { codeLines } from './code-lines.js';
import { maskProse } from './mask-prose.js';
import { outermost, sectionSpans } from './section-spans.js';
import type { SectionSpan } from './section-spans.js';
import { splitLines } from './split-lines.js';

export type { SectionSpan } from './section-spans.js';
export { outermost } from './section-spans.js';

/** Where a timeline entry is written: its line and the column of its time. */
export interface EntryPosition {
  line: number;
  column: number;
  /** Whether an earlier entry starts on the same line (a run-on paragraph). */
  sharesLine: boolean;
}

// Sub-sections that a summary may hold: its facts (duration, impact, the cause in a sentence),
// not the timeline and the analysis that follow.
const SUMMARY_PARTS = new Set<SectionKind>([
  'other',
  'impact',
  'summary',
  'background',
  'introduction',
  'root-cause',
  'trigger',
  'immediate-cause',
]);
// Shared by every line without a time; callers get it read-only.
const NO_TIMES: readonly FoundTime[] = [];
/** Each lower-case pattern given to a scan without case, compiled once with the `i` flag. */
const WITHOUT_CASE = new WeakMap<RegExp, RegExp>();
// What every clock findTimes reads has: `14:05`, `7.31 pm`, `7 PM`, `2100hrs`, `0900Z`, `14h30`.
const CLOCKISH = /\d(?:[:.hH]\d|\s?[AaPp]\.?[Mm]|\s?(?:[Hh][Rr][Ss]?|[hHZ])\b)|[Nn]oon|[Mm]idnight/;

/**
 * The text of one document as the rules need it, computed once per lint run and lazily, so a
 * rule that does not ask for something does not pay for it. Lines and columns are 1-based.
 */
export class DocumentView {
  /** Lines without their line breaks (and without a leading BOM). */
  readonly lines: readonly string[];
  /** The line break the document uses, for text that fixes insert. */
  readonly eol: '\n' | '\r\n';
  readonly sections: readonly SectionSpan[];
  private readonly starts: number[];
  private readonly text: string;
  private lower: string | undefined;
  private code: Uint8Array | undefined;
  private bodyLine = 1;
  private prose: (string | undefined)[] | undefined;
  private readonly scopes = new Map<string, string>();
  private entries: EntryPosition[] | undefined;
  private times: (readonly FoundTime[] | undefined)[] | undefined;
  private kinds: ReadonlySet<SectionKind> | undefined;
  private summarySpans: SectionSpan[] | undefined;
  private summaryTimes: readonly { line: number; time: FoundTime }[] | undefined;

  constructor(
    text: string,
    readonly parsed: ParseResult,
  ) {
    const { lines, starts } = splitLines(text);
    this.lines = lines;
    this.starts = starts;
    this.text = text;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.sections = sectionSpans(parsed, lines.length);
  }

  /** The text of line `n` (1-based); empty beyond the end. */
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  /** Length of the original text. */
  get textLength(): number {
    return this.text.length;
  }

  /** Offset in the original text of a 1-based line and column (clamped to the line). */
  offset(line: number, column = 1): number {
    if (line > this.lines.length) return this.text.length;
    const start = this.starts[line - 1] ?? this.text.length;
    return start + Math.min(Math.max(column - 1, 0), this.line(line).length);
  }

  /** The first line of the Markdown body, after any front matter. */
  get bodyStart(): number {
    this.ensureCode();
    return this.bodyLine;
  }

  /** Whether a line is front matter, fenced code, or inside a multi-line HTML comment. */
  isCode(line: number): boolean {
    return this.ensureCode()[line - 1] === 1;
  }

  /** The line with code, tags, link targets and URLs blanked out (same columns); '' for code. */
  proseLine(line: number): string {
    this.prose ??= new Array<string | undefined>(this.lines.length);
    const cached = this.prose[line - 1];
    if (cached !== undefined) return cached;
    const masked = this.isCode(line) ? '' : maskProse(this.line(line));
    this.prose[line - 1] = masked;
    return masked;
  }

  /** The 1-based line holding an offset of the original text. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /**
   * Calls `visit` for every match of a global `pattern` in the body (code and front matter
   * left out), with its line and 0-based column: one scan of the whole text. With
   * `lowerCase`, the pattern (written in lower case) matches as if over the lower-cased text
   * (see `scanWithoutCase`).
   */
  forEachMatch(
    pattern: RegExp,
    lowerCase: boolean,
    visit: (line: number, column: number, match: RegExpExecArray) => void,
  ): void {
    const { text, re } = lowerCase
      ? this.scanWithoutCase(pattern)
      : { text: this.text, re: pattern };
    const { starts } = this;
    const count = starts.length;
    const first = this.bodyStart;
    const code = this.ensureCode();
    // Matches come in order: the line is found by walking on from the last one.
    let line = Math.min(first, count);
    let lineStart = 0;
    let lineEnd = -1;
    re.lastIndex = this.offset(first);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m.index >= lineEnd) {
        while (line < count && (starts[line] ?? 0) <= m.index) line++;
        lineStart = starts[line - 1] ?? 0;
        lineEnd = line < count ? (starts[line] ?? 0) : Number.POSITIVE_INFINITY;
        if (code[line - 1] === 1) {
          if (line >= count) break;
          re.lastIndex = lineEnd;
          continue;
        }
      }
      visit(line, m.index - lineStart, m);
      if (m[0].length === 0) re.lastIndex++;
    }
  }

  /**
   * The body lines (not code, not front matter) where a global `pattern` matches, in order,
   * found by one scan of the whole text: far cheaper than testing line by line when few
   * lines match. With `lowerCase`, the pattern (written in lower case) matches as if over the
   * lower-cased text (see `scanWithoutCase`).
   */
  linesMatching(pattern: RegExp, lowerCase = false): number[] {
    const { text, re } = lowerCase
      ? this.scanWithoutCase(pattern)
      : { text: this.text, re: pattern };
    const out: number[] = [];
    const { starts } = this;
    const count = starts.length;
    const first = this.bodyStart;
    const code = this.ensureCode();
    // Matches come in order: the line is found by walking on from the last one.
    let line = Math.min(first, count);
    re.lastIndex = this.offset(first);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      while (line < count && (starts[line] ?? 0) <= m.index) line++;
      if (code[line - 1] !== 1) out.push(line);
      if (line >= count) break;
      // One hit is enough: go on from the next line.
      re.lastIndex = starts[line] ?? text.length;
    }
    return out;
  }

  /**
   * What to scan, and with what, to find the matches of a lower-case `pattern` in the
   * lower-cased text. Matching without case on the text as written finds the same, without
   * lower-casing the document first, as long as lower-casing turns no character into an ASCII
   * one: without case no non-ASCII character matches an ASCII letter, and `\b` and the
   * pattern's other characters do not change case. The one exception in UTF-16 is the Kelvin
   * sign, which lower-cases to `k`: a text with one is scanned lower-cased. A text whose
   * lower-casing changes its length (U+0130 becomes two characters) is scanned as written,
   * without case, since offsets into the lower-cased text would not be the document's.
   */
  private scanWithoutCase(pattern: RegExp): { text: string; re: RegExp } {
    if (this.text.includes('\u212a')) {
      this.lower ??= this.text.toLowerCase();
      if (this.lower.length === this.text.length) return { text: this.lower, re: pattern };
    }
    let re = WITHOUT_CASE.get(pattern);
    if (re === undefined) {
      re = new RegExp(pattern.source, `${pattern.flags}i`);
      WITHOUT_CASE.set(pattern, re);
    }
    return { text: this.text, re };
  }

  /** The times written on a line of prose (`findTimes`), found once for all rules. */
  timesOn(line: number): readonly FoundTime[] {
    this.times ??= new Array<readonly FoundTime[] | undefined>(this.lines.length + 1);
    const cached = this.times[line];
    if (cached) return cached;
    // Only lines with something clock-like are read: most lines with digits have none.
    const found = CLOCKISH.test(this.line(line)) ? findTimes(this.proseLine(line)) : NO_TIMES;
    this.times[line] = found;
    return found;
  }

  /**
   * Every time written in some sections (and their sub-sections), with its line. The times of
   * `summaries()`, which several rules read, are kept.
   */
  timesIn(spans: readonly SectionSpan[]): readonly { line: number; time: FoundTime }[] {
    const summaries = spans === this.summarySpans;
    if (summaries && this.summaryTimes) return this.summaryTimes;
    const out: { line: number; time: FoundTime }[] = [];
    for (const span of outermost(spans)) {
      for (let line = span.line; line < span.end; line++) {
        if (this.isCode(line)) continue;
        for (const time of this.timesOn(line)) out.push({ line, time });
      }
    }
    if (summaries) this.summaryTimes = out;
    return out;
  }

  /**
   * The summary sections, each with only the sub-sections that belong to a summary (facts
   * such as Duration and Impact): a summary written as the document's only top heading must
   * not take in the timeline and everything after it.
   */
  summaries(): SectionSpan[] {
    this.summarySpans ??= this.sectionsOf(['summary']).map((span) => {
      let end = span.ownEnd;
      for (let i = span.index + 1; i < this.sections.length; i++) {
        const s = this.sections[i];
        if (!s || s.line >= span.end || !SUMMARY_PARTS.has(s.kind)) break;
        end = s.ownEnd;
      }
      return end === span.end ? span : { ...span, end };
    });
    return this.summarySpans;
  }

  /** Sections of the given kinds, in document order. */
  sectionsOf(kinds: ReadonlySet<SectionKind> | readonly SectionKind[]): SectionSpan[] {
    if (kinds instanceof Set) {
      const set: ReadonlySet<SectionKind> = kinds;
      return this.sections.filter((s) => set.has(s.kind));
    }
    // A list (usually of one kind) is searched as it is: no set to build on every call.
    const list = kinds as readonly SectionKind[];
    return this.sections.filter((s) => list.includes(s.kind));
  }

  /** Whether any section has one of the kinds. */
  has(kinds: Iterable<SectionKind>): boolean {
    this.kinds ??= new Set(this.sections.map((s) => s.kind));
    for (const kind of kinds) if (this.kinds.has(kind)) return true;
    return false;
  }

  /**
   * Whether `pattern` matches a line of some sections (with their sub-sections, code left
   * out), read as written: for keyword tests that do not need masking, line by line so that
   * the first hit ends the search.
   */
  anyLine(spans: readonly SectionSpan[], pattern: RegExp): boolean {
    for (const span of outermost(spans)) {
      for (let line = span.line; line < span.end; line++) {
        if (!this.isCode(line) && pattern.test(this.line(line))) return true;
      }
    }
    return false;
  }

  /**
   * The prose of a section and its sub-sections, headings included, code left out, one line
   * per line. Raw lines rather than the model's body, so lists the parser lifted out (timeline
   * entries, action items) are still there.
   */
  scopeText(span: SectionSpan, own = false): string {
    const key = `${span.index}:${own ? 'own' : 'all'}`;
    const cached = this.scopes.get(key);
    if (cached !== undefined) return cached;
    const end = own ? span.ownEnd : span.end;
    const parts: string[] = [];
    for (let l = span.line; l < end; l++) if (!this.isCode(l)) parts.push(this.proseLine(l));
    const text = parts.join('\n');
    this.scopes.set(key, text);
    return text;
  }

  /** The joined scope text of several sections, each line once. */
  textOf(spans: readonly SectionSpan[]): string {
    return outermost(spans)
      .map((s) => this.scopeText(s))
      .join('\n');
  }

  /** Line and time column of each timeline entry, in `model.timeline` order. */
  entryPositions(): readonly EntryPosition[] {
    if (this.entries) return this.entries;
    const { model, source } = this.parsed;
    const out: EntryPosition[] = [];
    let lastLine = -1;
    let from = 0;
    model.timeline.forEach((entry, i) => {
      const line = source.timeline[i]?.line ?? 1;
      const text = this.line(line);
      const sharesLine = line === lastLine;
      if (!sharesLine) from = 0;
      const at = entry.time === '' ? -1 : text.indexOf(entry.time, from);
      const column = at >= 0 ? at + 1 : firstColumn(text);
      if (at >= 0) from = at + entry.time.length;
      out.push({ line, column, sharesLine });
      lastLine = line;
    });
    this.entries = out;
    return out;
  }

  private ensureCode(): Uint8Array {
    if (this.code) return this.code;
    const { mask, bodyStart } = codeLines(this.text, this.lines, this.starts);
    this.bodyLine = bodyStart;
    this.code = mask;
    return mask;
  }
}

function firstColumn(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index + 1 : 1;
}
