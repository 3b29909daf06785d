import type { Postmortem } from '@hindsight/core';
import { slugify } from '@hindsight/core/render';

/** A section as a comment anchors to it. */
export interface SectionAnchor {
  /** The heading's anchor on the page: `timeline`, and `timeline-2` for a second one. */
  readonly id: string;
  readonly kind: string;
  readonly heading: string;
}

/**
 * The anchors of a postmortem's sections, in reading order. Ids are the headings slugified,
 * made unique the way the rendered page makes them (a repeated heading gets `-2`, `-3`), so
 * the same document always gives the same ids and the web app can place comments beside
 * the sections they belong to.
 */
export function sectionAnchors(model: Postmortem): SectionAnchor[] {
  const used = new Set<string>();
  return model.sections.map((section) => {
    const base = slugify(section.heading) || 'section';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, kind: section.kind, heading: section.heading };
  });
}
