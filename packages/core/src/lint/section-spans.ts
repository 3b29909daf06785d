import type { ParseResult } from '../markdown/index.js';
import type { Section, SectionKind } from '../model/index.js';

/** A section of the document with the lines it covers (1-based, end exclusive). */
export interface SectionSpan {
  /** Index in `model.sections` and `source.sections`. */
  index: number;
  section: Section;
  kind: SectionKind;
  level: number;
  /** The heading's line (for the untitled introduction, its first line). */
  line: number;
  /** First line after the section's own content, where the next section of any level starts. */
  ownEnd: number;
  /** First line after the section and its sub-sections. */
  end: number;
}

/**
 * One span per model section, in order: the heading line, where its own content ends (the
 * next heading of any level) and where it ends with its sub-sections (the next heading of its
 * level or higher).
 */
export function sectionSpans(parsed: ParseResult, lineCount: number): SectionSpan[] {
  const sections = parsed.model.sections;
  const lines = parsed.source.sections;
  const out: SectionSpan[] = [];
  // Sections still waiting for a heading of their level or higher to close them.
  const open: SectionSpan[] = [];
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    if (!section) continue;
    const line = lines[i]?.line ?? 1;
    const ownEnd = lines[i + 1]?.line ?? lineCount + 1;
    if (section.level > 0) {
      while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= section.level) {
        const closed = open.pop();
        if (closed) closed.end = line;
      }
    }
    const span: SectionSpan = {
      index: i,
      section,
      kind: section.kind,
      level: section.level,
      line,
      ownEnd,
      end: section.level > 0 ? lineCount + 1 : ownEnd,
    };
    out.push(span);
    if (section.level > 0) open.push(span);
  }
  return out;
}

/** The spans that no other span of the list contains, so nothing is counted twice. */
export function outermost(spans: readonly SectionSpan[]): SectionSpan[] {
  if (spans.length < 2) return [...spans];
  return spans.filter(
    (s) => !spans.some((o) => o !== s && o.line <= s.line && s.end <= o.end && o.level < s.level),
  );
}
