import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Postmortem } from '@hindsight/core';
import type { SectionAnchor } from '../../api/types.js';
import { headingOf } from './comment-groups.js';
import { anchorFor } from './anchor-for.js';

export interface SectionCommentButtonsProps {
  /** The element holding the rendered document (core's HTML). */
  readonly container: RefObject<HTMLElement | null>;
  /** The HTML in it: the buttons are placed again whenever it changes. */
  readonly html: string;
  readonly model: Postmortem;
  /** The sections' anchors, as the comments API gives them (document order). */
  readonly anchors: readonly SectionAnchor[];
  readonly counts: ReadonlyMap<string, number>;
  readonly onComment: (section: SectionAnchor, opener: HTMLElement) => void;
}

interface Slot {
  readonly host: HTMLElement;
  readonly anchor: SectionAnchor;
}

/**
 * A "Comment" button, with the number of comments, beside the heading of every section of
 * the rendered document. Core renders each model section as a direct child of the document
 * (`<section data-kind>`, or `<div class="preamble">` for text before the first heading), in
 * model order, so the n-th one is the n-th model section (`anchorFor` finds its anchor). Its
 * heading goes into a flex row with a
 * host element the button is portalled into; the heading itself is left alone, so its name
 * and id stay as core made them. The row is taken apart when the HTML or anchors change.
 */
export function SectionCommentButtons({
  container,
  html,
  model,
  anchors,
  counts,
  onComment,
}: SectionCommentButtonsProps) {
  const [slots, setSlots] = useState<readonly Slot[]>([]);

  useLayoutEffect(() => {
    const root = container.current;
    if (!root || anchors.length === 0) return;
    const elements = [
      ...root.querySelectorAll<HTMLElement>(':scope > section[data-kind], :scope > .preamble'),
    ];
    const undo: (() => void)[] = [];
    const placed: Slot[] = [];
    elements.forEach((element, i) => {
      const anchor = anchorFor(anchors, model.sections, i);
      if (!anchor) return;
      const head = document.createElement('div');
      head.className = 'section-head';
      const host = document.createElement('span');
      host.className = 'section-tools';
      const heading = element.firstElementChild;
      if (heading && /^H[1-6]$/.test(heading.tagName)) {
        heading.replaceWith(head);
        head.append(heading, host);
        undo.push(() => head.replaceWith(heading));
      } else {
        head.classList.add('section-head-bare');
        head.append(host);
        element.prepend(head);
        undo.push(() => head.remove());
      }
      placed.push({ host, anchor });
    });
    setSlots(placed);
    return () => {
      for (const step of undo) step();
    };
  }, [container, html, model, anchors]);

  return slots.map(({ host, anchor }) => {
    const count = counts.get(anchor.id) ?? 0;
    return createPortal(
      <button
        type="button"
        className="comment-button"
        onClick={(e) => onComment(anchor, e.currentTarget)}
      >
        {/* One name for screen readers: absolutely placed hidden parts would add spaces. */}
        <span aria-hidden="true">Comment</span>
        {count > 0 && (
          <span className="comment-count" aria-hidden="true">
            {count}
          </span>
        )}
        <span className="visually-hidden">
          {`Comment on ${headingOf(anchor)}${count > 0 ? `, ${count} ${count === 1 ? 'comment' : 'comments'}` : ''}`}
        </span>
      </button>,
      host,
      anchor.id,
    );
  });
}
