import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import type { StoredPostmortem } from '../api/types.js';
import { useApp } from '../app/app-context.js';
import { hasRole } from '../app/permissions.js';
import { usePageTitle } from '../app/use-page-title.js';
import { ErrorAlert } from '../components/error-alert.js';
import { ExportMenu } from '../components/export-menu.js';
import { Link } from '../router/link.js';
import { ActionItemsCard } from './postmortem/action-items-card.js';
import { IncidentMetricsCard } from './postmortem/incident-metrics-card.js';
import { renderedDocument } from './postmortem/rendered-document.js';
import { RevisionHistory } from './postmortem/revision-history.js';
import './postmortem/postmortem.css';

/** One postmortem to read: the rendered document, its metrics, actions and history. */
export function PostmortemPage({ id }: { readonly id: string }) {
  const { api, session } = useApp();
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

  const html = useMemo(() => (postmortem ? renderedDocument(postmortem.model) : ''), [postmortem]);
  const today = new Date().toISOString().slice(0, 10);
  const canEdit = hasRole(session, 'editor');

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

  return (
    <div className="reading-layout">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={{ name: 'library', query: {} }}>Library</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{postmortem.model.title}</span>
        {canEdit && (
          <>
            {' '}
            <Link
              className="button button-small"
              to={{ name: 'editPostmortem', id: postmortem.id }}
            >
              Edit
            </Link>
          </>
        )}
      </nav>
      <article className="pm-doc" aria-label={postmortem.model.title}>
        {/* core's renderer escapes model strings and sanitises Markdown (docs/render.md). */}
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </article>
      <aside className="reading-aside" aria-label="About this incident">
        <p className="muted revision-note">
          Revision {postmortem.revision}, updated {postmortem.updatedAt.slice(0, 10)} by{' '}
          {postmortem.updatedBy}
        </p>
        <ExportMenu id={postmortem.id} slug={postmortem.slug} />
        <IncidentMetricsCard model={postmortem.model} />
        <ActionItemsCard items={postmortem.model.actionItems} today={today} />
      </aside>
      <div className="reading-history">
        <RevisionHistory postmortem={postmortem} canRestore={canEdit} onRestored={setPostmortem} />
      </div>
    </div>
  );
}
