import { useState } from 'react';
import type { PostmortemComment } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { CommentForm } from './comment-form.js';
import type { CommentThreadData } from './comment-groups.js';

/** What the viewer may do to a comment; the server checks again (docs/workflow.md). */
export interface CommentRights {
  /** The author or an editor: mark resolved or open again. */
  readonly resolve: (comment: PostmortemComment) => boolean;
  /** The author or an admin. */
  readonly remove: (comment: PostmortemComment) => boolean;
}

export interface CommentThreadProps {
  readonly thread: CommentThreadData;
  readonly rights: CommentRights;
  readonly onReply: (parent: PostmortemComment, body: string) => Promise<void>;
  readonly onResolve: (comment: PostmortemComment, resolved: boolean) => void;
  readonly onDelete: (comment: PostmortemComment) => void;
}

/** A root comment and its replies, with Reply, Resolve and Delete where the viewer may. */
export function CommentThread({
  thread,
  rights,
  onReply,
  onResolve,
  onDelete,
}: CommentThreadProps) {
  const [replying, setReplying] = useState(false);
  const { root, replies } = thread;
  return (
    <li className={root.resolved ? 'comment-thread is-resolved' : 'comment-thread'}>
      <CommentItem
        comment={root}
        rights={rights}
        onResolve={onResolve}
        onDelete={onDelete}
        onReply={root.deleted || replying ? undefined : () => setReplying(true)}
      />
      {replies.length > 0 && (
        <ol className="comment-replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem
                comment={reply}
                rights={rights}
                onResolve={undefined}
                onDelete={onDelete}
              />
            </li>
          ))}
        </ol>
      )}
      {replying && (
        <CommentForm
          label={`Reply to ${root.author}`}
          submitLabel="Post reply"
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            await onReply(root, body);
            setReplying(false);
          }}
        />
      )}
    </li>
  );
}

interface CommentItemProps {
  readonly comment: PostmortemComment;
  readonly rights: CommentRights;
  readonly onResolve: ((comment: PostmortemComment, resolved: boolean) => void) | undefined;
  readonly onDelete: (comment: PostmortemComment) => void;
  readonly onReply?: (() => void) | undefined;
}

function CommentItem({ comment, rights, onResolve, onDelete, onReply }: CommentItemProps) {
  const [confirming, setConfirming] = useState(false);
  if (comment.deleted) {
    return <p className="comment-deleted muted">This comment was deleted.</p>;
  }
  return (
    <article
      className="comment"
      id={commentElementId(comment.id)}
      tabIndex={-1}
      aria-label={`${comment.author}'s comment`}
    >
      <p className="comment-meta">
        <strong>{comment.author}</strong> <LocalTime iso={comment.createdAt} />
        {comment.resolved && (
          <span className="badge tone-success">
            Resolved{comment.resolvedBy ? ` by ${comment.resolvedBy}` : ''}
          </span>
        )}
      </p>
      {/* Text, never HTML: the body is shown exactly as typed. */}
      <p className="comment-body">{comment.body}</p>
      {confirming ? (
        <p className="comment-actions" role="group" aria-label="Delete this comment?">
          <span>Delete this comment?</span>
          <button type="button" className="button button-small" onClick={() => onDelete(comment)}>
            Delete
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setConfirming(false)}
          >
            Keep it
          </button>
        </p>
      ) : (
        <p className="comment-actions">
          {onReply && (
            <button type="button" className="button button-small button-quiet" onClick={onReply}>
              Reply
            </button>
          )}
          {onResolve && rights.resolve(comment) && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => onResolve(comment, !comment.resolved)}
            >
              {comment.resolved ? 'Reopen' : 'Resolve'}
            </button>
          )}
          {rights.remove(comment) && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setConfirming(true)}
            >
              Delete
            </button>
          )}
        </p>
      )}
    </article>
  );
}

/** The id of a comment's element, so the panel can move focus to one just added. */
export function commentElementId(id: string): string {
  return `comment-${id}`;
}
