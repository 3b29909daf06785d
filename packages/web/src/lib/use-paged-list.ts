import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../api/types.js';

export interface PagedList<T> {
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly error: unknown;
  readonly done: boolean;
  readonly loadMore: () => void;
}

/**
 * A cursor-paged list: loads the first page whenever `key` changes (dropping answers to
 * older keys, so a fast typist never sees stale results), and the next page on request.
 */
export function usePagedList<T>(
  key: string,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
): PagedList<T> {
  const [items, setItems] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const inFlight = useRef<AbortController | null>(null);

  const load = useCallback((from: string | null, replace: boolean) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLoading(true);
    setError(null);
    fetchRef
      .current(from, controller.signal)
      .then((page) => {
        if (controller.signal.aborted) return;
        setItems((prev) => (replace ? page.items : [...prev, ...page.items]));
        setCursor(page.nextCursor);
        setDone(page.nextCursor === null);
        setLoading(false);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
        setLoading(false);
      });
  }, []);

  useEffect(() => {
    setItems([]);
    setDone(false);
    load(null, true);
    return () => inFlight.current?.abort();
  }, [key, load]);

  const loadMore = useCallback(() => {
    if (!loading && !done && !error && cursor) load(cursor, false);
  }, [loading, done, error, cursor, load]);

  return { items, loading, error, done, loadMore };
}
