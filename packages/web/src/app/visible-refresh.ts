/** What `startVisibleRefresh` needs of a document: its visibility and the event that changes it. */
export interface VisibilitySource extends EventTarget {
  readonly visibilityState: DocumentVisibilityState;
}

/** Timers, injectable so that tests can drive time. */
export interface IntervalTimers {
  setInterval(run: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/**
 * Calls `refresh` every `everyMs` while the page is visible, and once at once when it becomes
 * visible again; a hidden tab asks nothing. Returns the function that stops it all.
 *
 * @example const stop = startVisibleRefresh(document, reload, 30_000, window);
 */
export function startVisibleRefresh(
  source: VisibilitySource,
  refresh: () => void,
  everyMs: number,
  timers: IntervalTimers,
): () => void {
  let timer: number | null = null;
  const stopTimer = () => {
    if (timer !== null) timers.clearInterval(timer);
    timer = null;
  };
  const startTimer = () => {
    stopTimer();
    timer = timers.setInterval(refresh, everyMs);
  };
  const onChange = () => {
    if (source.visibilityState === 'visible') {
      // What others did while the tab was hidden shows at once, not up to `everyMs` later.
      refresh();
      startTimer();
    } else {
      stopTimer();
    }
  };
  if (source.visibilityState === 'visible') startTimer();
  source.addEventListener('visibilitychange', onChange);
  return () => {
    stopTimer();
    source.removeEventListener('visibilitychange', onChange);
  };
}
