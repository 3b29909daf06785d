/** The rows to render for a scroll position: a window around the viewport plus overscan. */
export interface VisibleRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Which rows of a fixed-height list intersect the viewport. `listTop` is the list's top in
 * the same coordinates as `scrollTop` (the document's, for a window-scrolled list).
 */
export function visibleRange(options: {
  readonly count: number;
  readonly rowHeight: number;
  readonly listTop: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly overscan?: number;
}): VisibleRange {
  const { count, rowHeight, listTop, scrollTop, viewportHeight } = options;
  const overscan = options.overscan ?? 8;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor((scrollTop - listTop) / rowHeight);
  const last = Math.ceil((scrollTop - listTop + viewportHeight) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, last + overscan));
  return { start, end };
}
