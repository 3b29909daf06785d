import { useEffect, useRef } from 'react';
import { startVisibleRefresh } from './visible-refresh.js';

/** How often what others change on a page is asked again while it is in view. */
export const REFRESH_MS = 30_000;

/**
 * `refresh` every 30 s while the tab is visible and as soon as it is shown again (see
 * `startVisibleRefresh`). The latest `refresh` is called, so callers need not memoise it.
 */
export function useVisibleRefresh(refresh: () => void, everyMs = REFRESH_MS): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(
    () =>
      startVisibleRefresh(document, () => latest.current(), everyMs, {
        setInterval: (run, ms) => window.setInterval(run, ms),
        clearInterval: (id) => window.clearInterval(id),
      }),
    [everyMs],
  );
}
