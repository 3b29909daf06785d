import type { Section } from '@hindsight/core';
import type { SectionAnchor } from '../../api/types.js';

/**
 * The anchor of the i-th section on the page: if its heading is the k-th of that text on the
 * page, the k-th anchor with that heading. Anchor ids are made the same way (a repeated
 * heading gets `-2`), so for the revision the comments were listed on this is simply the i-th
 * anchor; when the page shows another revision (a section added or renamed meanwhile), a
 * section keeps its own comments and one the list does not know gets none.
 */
export function anchorFor(
  anchors: readonly SectionAnchor[],
  sections: readonly Pick<Section, 'heading'>[],
  i: number,
): SectionAnchor | undefined {
  const heading = sections[i]?.heading;
  if (heading === undefined) return undefined;
  const k = sections.slice(0, i).filter((s) => s.heading === heading).length;
  return anchors.filter((a) => a.heading === heading)[k];
}
