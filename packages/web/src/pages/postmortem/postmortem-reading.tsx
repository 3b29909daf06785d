import { useMemo, useRef, useState } from 'react';
import type { SectionAnchor, StoredPostmortem } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { hasRole } from '../../app/permissions.js';
import { ExportMenu } from '../../components/export-menu.js';
import { Link } from '../../router/link.js';
import { ActionItemsCard } from './action-items-card.js';
import { groupComments } from './comment-groups.js';
import { CommentsPanel } from './comments-panel.js';
import { IncidentMetricsCard } from './incident-metrics-card.js';
import { renderedDocument } from './rendered-document.js';
import { ReviewPanel } from './review-panel.js';
import { RevisionHistory } from './revision-history.js';
import { SectionCommentButtons } from './section-comment-buttons.js';
import { useComments } from './use-comments.js';

export interface PostmortemReadingProps {
  readonly postmortem: StoredPostmortem;
  /** A newer version of the postmortem (a restore, or a review step that wrote one). */
  readonly onReplaced: (current: StoredPostmortem) => void;
  /** Asks the server for the postmortem again. */
  readonly onStale: () => void;
}

/**
 * A loaded postmortem: the rendered document with a comment button on each section, and
 * beside it the review, export, metrics, action items and comments; the revision history
 * under it.
 */
export function PostmortemReading({ postmortem, onReplaced, onStale }: PostmortemReadingProps) {
  const { session } = useApp();
  const docRef = useRef<HTMLDivElement>(null);
  const [composing, setComposing] = useState<{
    anchor: SectionAnchor;
    opener: HTMLElement;
    n: number;
  } | null>(null);
  const comments = useComments(postmortem.id, postmortem.revision);
  const html = useMemo(() => renderedDocument(postmortem.model), [postmortem.model]);
  const counts = useMemo(() => {
    const list = comments.list;
    return new Map(
      list ? groupComments(list.items, list.sections).map((g) => [g.section.id, g.count]) : [],
    );
  }, [comments.list]);
  const today = new Date().toISOString().slice(0, 10);
  const canEdit = hasRole(session, 'editor');

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
        <div ref={docRef} dangerouslySetInnerHTML={{ __html: html }} />
        <SectionCommentButtons
          container={docRef}
          html={html}
          model={postmortem.model}
          anchors={comments.list?.sections ?? []}
          counts={counts}
          onComment={(anchor, opener) =>
            setComposing((was) => ({ anchor, opener, n: (was?.n ?? 0) + 1 }))
          }
        />
      </article>
      <aside className="reading-aside" aria-label="About this incident">
        <p className="muted revision-note">
          Revision {postmortem.revision}, updated {postmortem.updatedAt.slice(0, 10)} by{' '}
          {postmortem.updatedBy}
        </p>
        <ExportMenu id={postmortem.id} slug={postmortem.slug} />
        <ReviewPanel postmortem={postmortem} onChanged={onStale} />
        <CommentsPanel
          postmortemId={postmortem.id}
          list={comments.list}
          error={comments.error}
          reload={comments.reload}
          composing={composing}
          onComposingDone={(cancelled) => {
            if (cancelled) composing?.opener.focus();
            setComposing(null);
          }}
        />
        <IncidentMetricsCard model={postmortem.model} />
        <ActionItemsCard items={postmortem.model.actionItems} today={today} />
      </aside>
      <div className="reading-history">
        <RevisionHistory postmortem={postmortem} canRestore={canEdit} onRestored={onReplaced} />
      </div>
    </div>
  );
}
