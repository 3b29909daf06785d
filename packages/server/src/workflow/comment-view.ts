import { renderMarkdown } from '@hindsight/core/render';
import type { Selectable } from 'kysely';
import type { CommentsTable } from '../storage/workflow-tables.js';
import type { SectionAnchor } from './section-anchors.js';

/** A comment as the API returns it. */
export interface CommentView {
  readonly id: string;
  readonly postmortemId: string;
  /** The root comment of the thread this one answers; null for a root comment. */
  readonly parentId: string | null;
  /** The section as it was when the comment was written. */
  readonly section: SectionAnchor;
  readonly quote: string | null;
  /** Markdown as written; empty once deleted. */
  readonly body: string;
  /** `body` rendered through core's sanitiser: safe to put in a page as it is. */
  readonly html: string;
  readonly author: string;
  /** The postmortem's revision the comment was written on. */
  readonly revision: number;
  readonly resolved: boolean;
  readonly resolvedBy: string | null;
  readonly resolvedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Deleted comments stay in their thread as a placeholder while they have replies. */
  readonly deleted: boolean;
}

/** A comment row as a {@link CommentView}. */
export function toCommentView(row: Selectable<CommentsTable>): CommentView {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    postmortemId: row.postmortem_id,
    parentId: row.parent_id,
    section: { id: row.section_id, kind: row.section_kind, heading: row.section_heading },
    quote: deleted ? null : row.quote,
    body: deleted ? '' : row.body,
    html: deleted ? '' : renderMarkdown(row.body),
    author: row.author,
    revision: row.revision,
    resolved: Number(row.resolved) === 1,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted,
  };
}
