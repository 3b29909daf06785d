import type { Section, SectionKind } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { heading } from './html-fragments.js';

/** A generated part of the page (timeline, action items, …) and where it belongs. */
export interface PageBlock {
  /** Heading used when the block is not already introduced by a section of its own. */
  title: string;
  /** Section kinds to place the block after, most preferred first. */
  anchors: readonly SectionKind[];
  /** Anchor kinds whose heading already names this block, so it needs no heading of its own. */
  own: readonly SectionKind[];
  /** Where the block goes when no anchor section exists. */
  fallback: 'after-first-section' | 'end';
  /** Built lazily, so that heading ids are handed out in reading order. */
  render: () => string;
}

/** Where each block landed: after section `i`, before all sections, or at the end. */
export type Placement = number | 'start' | 'end';

/** Decides, for every block, which section it follows. */
export function placeBlocks(
  sections: readonly Section[],
  blocks: readonly PageBlock[],
): Map<Placement, PageBlock[]> {
  const placed = new Map<Placement, PageBlock[]>();
  for (const block of blocks) {
    const where = placementOf(sections, block);
    placed.set(where, [...(placed.get(where) ?? []), block]);
  }
  return placed;
}

function placementOf(sections: readonly Section[], block: PageBlock): Placement {
  for (const kind of block.anchors) {
    const index = sections.findIndex((s) => s.kind === kind);
    if (index !== -1) return index;
  }
  if (block.fallback === 'end') return 'end';
  return sections.length > 0 ? 0 : 'start';
}

/**
 * Renders the blocks placed after one section (or at the start or end of the page). A block
 * that follows its own section needs no heading; one tucked under a related section gets a
 * sub-heading one level below it; one standing alone gets a top-level `<h2>`.
 */
export function renderPlacedBlocks(
  blocks: readonly PageBlock[] | undefined,
  after: Section | undefined,
  slug: (text: string) => string,
): string {
  if (!blocks) return '';
  return blocks
    .map((block) => {
      const content = block.render();
      if (content === '') return '';
      if (after && block.own.includes(after.kind) && block.anchors.includes(after.kind)) {
        return content;
      }
      const related = after !== undefined && after.level > 0 && block.anchors.includes(after.kind);
      const level = related ? after.level + 2 : 2;
      return `${heading(level, slug(block.title), escapeHtml(block.title))}\n${content}`;
    })
    .filter(Boolean)
    .join('\n');
}
