import type { Block } from './block.js';
import { classifyHeading, normaliseHeading } from './classify-heading.js';
import type { HeadingMark } from './heading-mark.js';
import { inlineText } from '../text/inline-text.js';

export interface TitleChoice {
  title?: string;
  /** 0-based line of the title, when it came from the body. */
  line?: number;
  /** Heading marks that were the title (they are not sections). */
  consumedMarks: Set<number>;
  /** Lines that were the title when it was a plain or bold first line. */
  consumedLines: Set<number>;
}

const GENERIC =
  /^(?:(?:example|sample|incident|outage|project)\s+)?(?:post ?-?mortem|incident report|incident review|readme)(?:\s+report)?$/;

/**
 * Picks the title as a reader would: the front matter's, else the first heading when it does
 * not name a section (a generic "Postmortem" heading yields to a subtitle right under it),
 * else a short bold or plain first line.
 */
export function chooseTitle(
  frontMatterTitle: string | undefined,
  marks: readonly HeadingMark[],
  blocks: readonly Block[],
  lines: readonly string[],
): TitleChoice {
  const consumedMarks = new Set<number>();
  const consumedLines = new Set<number>();
  const firstContent = blocks.find((b) => b.type !== 'html' || b.lines.some((l) => l.text !== ''));
  const first = marks[0];
  const firstIsTop =
    first !== undefined && firstContent !== undefined && first.start <= firstContent.start;
  if (frontMatterTitle) {
    if (
      first &&
      firstIsTop &&
      normaliseHeading(first.text) === normaliseHeading(frontMatterTitle)
    ) {
      consumedMarks.add(first.start);
    }
    return { title: frontMatterTitle, consumedMarks, consumedLines };
  }
  if (
    first &&
    (first.level === 1 || firstIsTop) &&
    first.source !== 'bold' &&
    classifyHeading(first.text) === 'other'
  ) {
    const second = marks[1];
    const adjacent =
      second !== undefined &&
      blocks.every(
        (b) =>
          b.start < first.end ||
          b.start >= second.start ||
          (b.type === 'html' && b.lines.every((l) => l.text === '')),
      );
    if (
      adjacent &&
      second &&
      GENERIC.test(normaliseHeading(first.text)) &&
      classifyHeading(second.text) === 'other'
    ) {
      consumedMarks.add(second.start);
      return { title: inlineText(second.text), line: second.start, consumedMarks, consumedLines };
    }
    consumedMarks.add(first.start);
    return { title: inlineText(first.text), line: first.start, consumedMarks, consumedLines };
  }
  // No heading title: a short first line, bold or standing alone, is what people use instead.
  if (firstContent?.type === 'paragraph' && (!first || firstContent.start < first.start)) {
    const raw = lines[firstContent.start] ?? '';
    const text = inlineText(raw);
    const bold = /^\s*(\*\*|__)[^*_]+\1\s*$/.test(raw);
    const alone = firstContent.end - firstContent.start === 1 && !/[.!?]$/.test(text);
    if (text && text.split(/\s+/).length <= 15 && (bold || alone)) {
      consumedLines.add(firstContent.start);
      return { title: text, line: firstContent.start, consumedMarks, consumedLines };
    }
  }
  return { consumedMarks, consumedLines };
}
