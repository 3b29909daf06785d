import type { Generated } from 'kysely';
import type { JsonColumn, Timestamp } from './database.js';

/**
 * Comments on a postmortem (migration 0005_workflow), anchored to one of its sections. The
 * section is kept by its anchor id and also by kind and heading as they were when the comment
 * was written, so that a comment still says where it stood after the section is renamed.
 */
export interface CommentsTable {
  id: string;
  postmortem_id: string;
  /** The comment this one answers; threads are one level of replies to a root comment. */
  parent_id: string | null;
  section_id: string;
  section_kind: string;
  section_heading: string;
  /** The text the comment is about, quoted from the section. */
  quote: string | null;
  /** Markdown as written; rendered through core's sanitiser when read as HTML. */
  body: string;
  author: string;
  /** The postmortem's revision the comment was written on. */
  revision: number;
  /** 1 when resolved, else 0 (an integer on both dialects, so both return the same value). */
  resolved: number;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Deleted comments keep their row (and lose their body) so that replies keep their thread. */
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

/** The transitions of a postmortem's review, one row each, in the order they happened. */
export type ReviewAction = 'request' | 'approve' | 'request-changes' | 'publish' | 'unpublish';

/** One review transition: who, when, on which revision, and why. */
export interface ReviewEventsTable {
  id: Generated<number>;
  postmortem_id: string;
  action: ReviewAction;
  actor: string;
  at: Timestamp;
  revision: number;
  note: string | null;
  /** For `request`: the JSON array of the reviewers asked. */
  reviewers: JsonColumn | null;
}
