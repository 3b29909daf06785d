import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentList } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { useVisibleRefresh } from '../../app/use-visible-refresh.js';

/**
 * The comments of a postmortem and its sections' anchors: asked again for each revision,
 * after each change of ours, and while the tab is visible (every 30 s and when it is shown
 * again), so that comments by others appear without a reload.
 */
export function useComments(postmortemId: string, revision: number) {
  const { api } = useApp();
  const [list, setList] = useState<CommentList | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Only the newest request's answer is kept: a slow background refresh must not put back
  // a list older than the one our own change just fetched.
  const asked = useRef(0);

  const fetchList = useCallback(
    async (quiet: boolean, signal?: AbortSignal) => {
      const n = ++asked.current;
      try {
        const answer = await api.comments.list(postmortemId, signal);
        if (n !== asked.current) return;
        setList(answer);
        setError(null);
      } catch (caught) {
        // A background refresh that fails keeps the list shown; the next one tries again.
        if (n === asked.current && !signal?.aborted && !quiet) setError(caught);
      }
    },
    [api, postmortemId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void fetchList(false, controller.signal);
    return () => controller.abort();
  }, [fetchList, revision]);

  useVisibleRefresh(() => void fetchList(true));

  /** After a change of ours: the list as the server now has it. */
  const reload = useCallback(() => fetchList(false), [fetchList]);

  return { list, error, reload };
}
