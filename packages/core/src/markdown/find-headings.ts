import type { SectionKind } from '../model/index.js';
import type { Block } from './block.js';
import { classifyHeading } from './classify-heading.js';
import type { HeadingMark } from './heading-mark.js';
import { inlineText } from '../text/inline-text.js';

const BOLD_LINE = /^\s*(\*\*|__)(?!\s)([^*_\n]{1,80}?)(\s*:)?\1\s*(:)?\s*(.*)$/;
const CAPS_LINE = /^\s*([A-Z][A-Z0-9 &/,'’()-]{2,60}?)\s*:?\s*$/;
const LABEL_LINE = /^\s*([A-Z][A-Za-z0-9 &/,'’()-]{1,60}?)\s*:\s*$/;
const SHORT_LINE = /^\s*([A-Z][A-Za-z0-9 &/'’()-]{1,50}?)\s*$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Finds every place a section starts, in order, with its level. Markdown and HTML headings
 * always count; a bold label, an ALL-CAPS line or a `Label:` line counts when it names a
 * section Hindsight knows, because that is how people write headings without Markdown.
 */
export function findHeadings(blocks: readonly Block[], lines: readonly string[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  // Enclosing sections, for the level of pseudo-headings and the context of classification.
  const stack: { level: number; kind: SectionKind }[] = [];
  const parentOf = (level: number): SectionKind | undefined => {
    while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= level) {
      stack.pop();
    }
    return stack[stack.length - 1]?.kind;
  };
  const push = (mark: HeadingMark) => {
    const parent = parentOf(mark.level);
    stack.push({ level: mark.level, kind: classifyHeading(mark.text, parent) });
    marks.push(mark);
  };
  // Pseudo-headings nest under the last real heading; consecutive ones are siblings.
  let realLevel = 1;

  for (const block of blocks) {
    if (block.type === 'heading') {
      const source = block.html
        ? 'html'
        : /^\s{0,3}#/.test(lines[block.start] ?? '')
          ? 'atx'
          : 'setext';
      realLevel = block.level;
      push({
        start: block.start,
        end: block.end,
        level: block.level,
        text: block.html ? block.text : block.text.trim(),
        source,
      });
      continue;
    }
    if (block.type !== 'paragraph') continue;
    const level = Math.min(realLevel + 1, 6);
    for (let line = block.start; line < block.end; line++) {
      const raw = lines[line] ?? '';
      const first = line === block.start;
      const parent = () => {
        const copy = [...stack];
        while (copy.length > 0 && (copy[copy.length - 1] as { level: number }).level >= level)
          copy.pop();
        return copy[copy.length - 1]?.kind;
      };
      const bold = BOLD_LINE.exec(raw);
      if (bold) {
        const label = (bold[2] ?? '').trim();
        const rest = (bold[5] ?? '').trim();
        const hasColon = Boolean(bold[3] ?? bold[4]);
        // `**Timeline** (all times PST)`: a remark in brackets belongs to the heading.
        const remark = /^\([^()]*\)$/.test(rest);
        // `**Label**` alone, or `**Label:** text`: both name a section when the label is known.
        if ((rest === '' || hasColon || remark) && wordCount(label) <= 8) {
          if (classifyHeading(label, parent()) !== 'other') {
            push({
              start: line,
              end: line + 1,
              level,
              text: remark ? `${label} ${rest}` : label,
              source: 'bold',
              ...(rest === '' || remark ? {} : { rest }),
            });
            continue;
          }
        }
      }
      if (!first) continue;
      const single = block.end - block.start === 1;
      const caps = CAPS_LINE.exec(raw);
      const label = LABEL_LINE.exec(raw);
      const short = single ? SHORT_LINE.exec(raw) : null;
      const candidate =
        caps && /[A-Z]{3}/.test(caps[1] ?? '') && caps[1] === caps[1]?.toUpperCase()
          ? { text: caps[1] ?? '', source: 'caps' as const }
          : label
            ? { text: label[1] ?? '', source: 'label' as const }
            : short && wordCount(short[1] ?? '') <= 4
              ? { text: short[1] ?? '', source: 'label' as const }
              : undefined;
      if (
        candidate &&
        wordCount(candidate.text) <= 6 &&
        classifyHeading(candidate.text, parent()) !== 'other'
      ) {
        push({
          start: line,
          end: line + 1,
          level:
            candidate.source === 'caps' &&
            realLevel === 1 &&
            marks.every((m) => m.source === 'caps')
              ? 2
              : level,
          text: inlineText(candidate.text),
          source: candidate.source,
        });
      }
    }
  }
  return marks;
}
