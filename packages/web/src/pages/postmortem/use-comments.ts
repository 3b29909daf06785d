import { useCallback, useEffect, useState } from 'react';
import type { CommentList } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';

/** The comments of a postmortem and its sections' anchors, asked again for each revision. */
export function useComments(postmortemId: string, revision: number) {
  const { api } = useApp();
  const [list, setList] = useState<CommentList | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.comments
      .list(postmortemId, controller.signal)
      .then((answer) => {
        setList(answer);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [api, postmortemId, revision]);

  /** After a change of ours: the list as the server now has it. */
  const reload = useCallback(async () => {
    try {
      setList(await api.comments.list(postmortemId));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [api, postmortemId]);

  return { list, error, reload };
}
