import { useEffect, useMemo, useRef, useState } from 'react';
import type { CommentList, PostmortemComment, SectionAnchor } from '../../api/types.js';
import { useApp, useSession } from '../../app/app-context.js';
import { hasRole } from '../../app/permissions.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CommentForm } from './comment-form.js';
import { groupComments, headingOf } from './comment-groups.js';
import { commentElementId, CommentThread } from './comment-thread.js';
import type { CommentRights } from './comment-thread.js';

export interface CommentsPanelProps {
  readonly postmortemId: string;
  readonly list: CommentList | null;
  readonly error: unknown;
  readonly reload: () => Promise<void>;
  /**
   * The section a new comment is being written on (from its "Comment" button), or null; `n`
   * counts the button's presses, so pressing it again puts the caret back in the box.
   */
  readonly composing: { readonly anchor: SectionAnchor; readonly n: number } | null;
  /** The new comment was posted (false) or the writer gave up (true). */
  readonly onComposingDone: (cancelled: boolean) => void;
}

/**
 * The comments beside the document, in threads grouped by section (document order, then
 * sections since renamed or removed). Bodies are shown as text. Additions and other changes
 * are announced politely, and focus goes to a comment just added.
 */
export function CommentsPanel({
  postmortemId,
  list,
  error,
  reload,
  composing,
  onComposingDone,
}: CommentsPanelProps) {
  const { api } = useApp();
  const session = useSession();
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const groups = useMemo(() => (list ? groupComments(list.items, list.sections) : []), [list]);

  useEffect(() => {
    if (focusId === null) return;
    const element = document.getElementById(commentElementId(focusId));
    if (element) {
      element.focus();
      setFocusId(null);
    }
  }, [focusId, list]);

  const me = session.user.username.toLowerCase();
  // The ids of the list shown before, so that comments others added since are announced
  // (politely, and focus stays where the reader is: they may be typing).
  const known = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (list === null) return;
    const before = known.current;
    known.current = new Set(list.items.map((c) => c.id));
    if (before === null) return;
    const fresh = list.items.filter(
      (c) => !before.has(c.id) && !c.deleted && c.author.toLowerCase() !== me,
    );
    const first = fresh[0];
    if (first === undefined) return;
    setAnnouncement(
      fresh.length === 1
        ? `New comment by ${first.author} on ${headingOf(first.section)}.`
        : `${fresh.length} new comments.`,
    );
  }, [list, me]);

  const rights: CommentRights = {
    resolve: (c) => c.author.toLowerCase() === me || hasRole(session, 'editor'),
    remove: (c) => c.author.toLowerCase() === me || hasRole(session, 'admin'),
  };

  async function added(created: PostmortemComment, where: string) {
    await reload();
    setAnnouncement(`Comment added on ${where}.`);
    setFocusId(created.id);
  }

  async function change(what: string, call: () => Promise<unknown>) {
    setActionError(null);
    try {
      await call();
      await reload();
      setAnnouncement(what);
    } catch (caught) {
      setActionError(caught);
    }
  }

  const total = groups.reduce((n, g) => n + g.count, 0);
  // The section being commented on gets its group even before it has comments.
  const target = composing?.anchor ?? null;
  const shown =
    target && !groups.some((g) => g.section.id === target.id)
      ? [...groups, { section: target, current: true, threads: [], count: 0 }].sort(
          (a, b) => order(list, a.section) - order(list, b.section),
        )
      : groups;

  return (
    <section className="card side-card comments-panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        Comments {list && <span className="muted comments-total">({total})</span>}
      </h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorAlert error={error} title="The comments could not be loaded" />
      <ErrorAlert error={actionError} title="That did not work" />
      {list === null && !error && <p className="loading">Loading comments…</p>}
      {list && shown.length === 0 && (
        <p className="muted">
          No comments yet. Use the Comment button beside a section&apos;s heading to add one.
        </p>
      )}
      {shown.map((group) => (
        <section
          key={group.section.id}
          className="comment-group"
          aria-label={`Comments on ${headingOf(group.section)}`}
        >
          <h3 className="comment-section">
            {headingOf(group.section)}
            {!group.current && <span className="muted"> (no longer in the document)</span>}
          </h3>
          {group.threads.length > 0 && (
            <ol className="comment-threads">
              {group.threads.map((thread) => (
                <CommentThread
                  key={thread.root.id}
                  thread={thread}
                  rights={rights}
                  onReply={async (parent, body) => {
                    const created = await api.comments.create(postmortemId, {
                      parentId: parent.id,
                      body,
                    });
                    await added(created, headingOf(group.section));
                  }}
                  onResolve={(comment, resolved) =>
                    void change(resolved ? 'Comment resolved.' : 'Comment reopened.', () =>
                      api.comments.update(comment.id, { resolved }),
                    )
                  }
                  onDelete={(comment) =>
                    void change('Comment deleted.', () => api.comments.remove(comment.id))
                  }
                />
              ))}
            </ol>
          )}
          {composing && target?.id === group.section.id && (
            <CommentForm
              key={`${target.id}-${composing.n}`}
              label={`Comment on “${headingOf(target)}”`}
              submitLabel="Post comment"
              onCancel={() => onComposingDone(true)}
              onSubmit={async (body) => {
                const created = await api.comments.create(postmortemId, {
                  sectionId: target.id,
                  body,
                });
                onComposingDone(false);
                await added(created, headingOf(target));
              }}
            />
          )}
        </section>
      ))}
    </section>
  );
}

function order(list: CommentList | null, section: SectionAnchor): number {
  const i = list?.sections.findIndex((s) => s.id === section.id) ?? -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}
