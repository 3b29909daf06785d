import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import type { StoredPostmortem } from '../api/types.js';
import { useApp } from '../app/app-context.js';
import { usePageTitle } from '../app/use-page-title.js';
import { ErrorAlert } from '../components/error-alert.js';
import { Link } from '../router/link.js';
import { PostmortemReading } from './postmortem/postmortem-reading.js';
import './postmortem/postmortem.css';
import './postmortem/review-comments.css';

/** One postmortem to read: the rendered document, its review, comments, metrics and history. */
export function PostmortemPage({ id }: { readonly id: string }) {
  const { api } = useApp();
  const [postmortem, setPostmortem] = useState<StoredPostmortem | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(postmortem?.model.title ?? (error ? 'Not found' : 'Loading'));

  useEffect(() => {
    const controller = new AbortController();
    setPostmortem(null);
    setError(null);
    api.postmortems
      .get(id, controller.signal)
      .then(setPostmortem)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [api, id]);

  // In place, without "Loading": the reader keeps their scroll position and focus.
  const refresh = useCallback(() => {
    api.postmortems.get(id).then(setPostmortem).catch(setError);
  }, [api, id]);

  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <>
        <div className="page-head">
          <h1>{missing ? 'Postmortem not found' : 'This postmortem could not be loaded'}</h1>
        </div>
        {missing ? (
          <p>It does not exist, or it is restricted to people you are not among.</p>
        ) : (
          <ErrorAlert error={error} />
        )}
        <p>
          <Link to={{ name: 'library', query: {} }}>Back to the library</Link>
        </p>
      </>
    );
  }
  if (!postmortem)
    return (
      <p className="loading" role="status">
        Loading the postmortem…
      </p>
    );
  return <PostmortemReading postmortem={postmortem} onReplaced={setPostmortem} onStale={refresh} />;
}
