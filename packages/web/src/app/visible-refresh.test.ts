import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startVisibleRefresh } from './visible-refresh.js';
import type { IntervalTimers, VisibilitySource } from './visible-refresh.js';

/** A document whose visibility the test sets, firing `visibilitychange` like a browser. */
class FakeDocument extends EventTarget implements VisibilitySource {
  visibilityState: DocumentVisibilityState;
  constructor(state: DocumentVisibilityState) {
    super();
    this.visibilityState = state;
  }
  set(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

const timers: IntervalTimers = {
  setInterval: (run, ms) => setInterval(run, ms) as unknown as number,
  clearInterval: (id) => clearInterval(id),
};

describe('startVisibleRefresh', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes every period while visible, and not at start', () => {
    const doc = new FakeDocument('visible');
    const refresh = vi.fn();
    const stop = startVisibleRefresh(doc, refresh, 30_000, timers);
    vi.advanceTimersByTime(29_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    stop();
  });

  it('asks nothing while hidden, and at once when shown again', () => {
    const doc = new FakeDocument('visible');
    const refresh = vi.fn();
    const stop = startVisibleRefresh(doc, refresh, 30_000, timers);
    vi.advanceTimersByTime(10_000);
    doc.set('hidden');
    vi.advanceTimersByTime(300_000);
    expect(refresh).not.toHaveBeenCalled();
    doc.set('visible');
    expect(refresh).toHaveBeenCalledTimes(1);
    // The period starts again from the moment it was shown.
    vi.advanceTimersByTime(29_999);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(2);
    stop();
  });

  it('starts hidden without a timer, and stops everything when stopped', () => {
    const doc = new FakeDocument('hidden');
    const refresh = vi.fn();
    const stop = startVisibleRefresh(doc, refresh, 30_000, timers);
    vi.advanceTimersByTime(100_000);
    expect(refresh).not.toHaveBeenCalled();
    doc.set('visible');
    expect(refresh).toHaveBeenCalledTimes(1);
    stop();
    vi.advanceTimersByTime(100_000);
    doc.set('hidden');
    doc.set('visible');
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
