import type { SectionKind } from '../model/index.js';
import { sectionKindSchema } from '../model/index.js';
import { findDates, findLeadingTime } from '../time/index.js';
import { classifyHeading } from './classify-heading.js';
import type { HeadingMark } from './heading-mark.js';
import { inlineText } from '../text/inline-text.js';

/** A section with the line range of its own content, before structured lists are lifted out. */
export interface DraftSection {
  kind: SectionKind;
  heading: string;
  level: number;
  /** 0-based line of the heading (or of the first content line for the preamble). */
  line: number;
  /** Content lines, 0-based, end exclusive. */
  start: number;
  end: number;
  /** Content on the heading's own line (`**Impact**: 1.2B queries lost`). */
  rest?: string;
  /** Kind of the enclosing section. */
  parent?: SectionKind;
}

const KIND_COMMENT = /\s*<!--\s*kind:\s*([a-z-]+)\s*-->\s*$/;

/** The heading text to keep, and the kind its author pinned with `<!-- kind: … -->`, if any. */
export function readHeadingText(text: string): { heading: string; pinned?: SectionKind } {
  const m = KIND_COMMENT.exec(text);
  if (!m) return { heading: text.trim() };
  const kind = sectionKindSchema.safeParse(m[1]);
  return { heading: text.slice(0, m.index).trim(), ...(kind.success ? { pinned: kind.data } : {}) };
}

/** True when a heading is nothing but a date, as the per-day headings of a long timeline are. */
export function isDateHeading(text: string): boolean {
  const plain = inlineText(text).replace(/[.:,]+$/, '');
  const found = findDates(plain)[0];
  if (!found?.date) return false;
  const leftover = (plain.slice(0, found.index) + plain.slice(found.index + found.length)).trim();
  return /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?$/i.test(leftover);
}

/**
 * Cuts the document into sections at the heading marks. Text before the first heading becomes
 * an untitled `introduction` (level 0). Date-only headings inside a timeline stay in the
 * timeline, where they date the entries that follow.
 */
export function buildSections(
  marks: readonly HeadingMark[],
  bodyStart: number,
  lineCount: number,
  skip: ReadonlySet<number>,
): DraftSection[] {
  const sections: DraftSection[] = [];
  const stack: { level: number; kind: SectionKind }[] = [];
  const kept = marks.filter((m) => !skip.has(m.start));
  const firstStart = kept[0]?.start ?? lineCount;
  if (firstStart > bodyStart) {
    sections.push({
      kind: 'introduction',
      heading: '',
      level: 0,
      line: bodyStart,
      start: bodyStart,
      end: firstStart,
    });
  }
  let timelineLevel: number | undefined;
  for (let i = 0; i < kept.length; i++) {
    const mark = kept[i] as HeadingMark;
    const next = kept[i + 1];
    while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= mark.level)
      stack.pop();
    const parent = stack[stack.length - 1]?.kind;
    if (
      timelineLevel !== undefined &&
      mark.level > timelineLevel &&
      (isDateHeading(mark.text) || findLeadingTime(mark.text)?.clock !== undefined)
    ) {
      // Date headings and timed headings (`### 10:05 Alert`) belong to the timeline: extend
      // the previous section (the timeline or its last part) over them.
      const previous = sections[sections.length - 1];
      if (previous) previous.end = next ? next.start : lineCount;
      continue;
    }
    const { heading, pinned } = readHeadingText(mark.text);
    const kind = pinned ?? classifyHeading(heading, parent);
    if (kind === 'timeline') timelineLevel = mark.level;
    else if (timelineLevel !== undefined && mark.level <= timelineLevel) timelineLevel = undefined;
    stack.push({ level: mark.level, kind });
    sections.push({
      kind,
      heading,
      level: mark.level,
      line: mark.start,
      start: mark.end,
      end: next ? next.start : lineCount,
      ...(mark.rest !== undefined ? { rest: mark.rest } : {}),
      ...(parent ? { parent } : {}),
    });
  }
  return sections;
}
