import type { Kysely, Selectable } from 'kysely';
import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { Database } from '../storage/database.js';
import { InvalidInputError, NotFoundError } from '../storage/errors.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import type { StoredPostmortem } from '../storage/stored-postmortem.js';
import { isUuid, newUuid } from '../storage/uuid.js';
import { viewerNames } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import type { CommentsTable } from '../storage/workflow-tables.js';
import { createCommentSchema, updateCommentSchema } from './comment-input.js';
import { toCommentView } from './comment-view.js';
import type { CommentView } from './comment-view.js';
import { roleAtLeast } from './has-role.js';
import { parseInput } from './review-input.js';
import { sectionAnchors } from './section-anchors.js';
import type { SectionAnchor } from './section-anchors.js';
import { WorkflowError } from './workflow-error.js';
import type { WorkflowOptions } from './workflow-options.js';

type CommentRow = Selectable<CommentsTable>;

/**
 * Comments beside a postmortem's sections, in threads. Anyone who may see a postmortem may
 * read and write its comments; nobody else learns they exist (`not_found`). Authors edit and
 * delete their own comments, admins any; authors and editors resolve them.
 */
export class CommentService {
  readonly #db: Kysely<Database>;
  readonly #handle: DatabaseHandle;
  readonly #store: PostmortemStore;
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(options: WorkflowOptions) {
    this.#handle = options.handle;
    this.#db = options.handle.db;
    this.#store = options.store;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? newUuid;
  }

  /** The comments of a postmortem, oldest first; deleted ones only while they have replies. */
  async list(
    postmortemId: string,
    viewer: Viewer,
    filters: { sectionId?: string | undefined; resolved?: boolean | undefined } = {},
  ): Promise<CommentView[]> {
    return (await this.listWithSections(postmortemId, viewer, filters)).items;
  }

  /**
   * The comments with the anchors of the current revision's sections, so that a client places
   * each comment beside its section (or lists those whose section is gone) without
   * recomputing the ids.
   */
  async listWithSections(
    postmortemId: string,
    viewer: Viewer,
    filters: { sectionId?: string | undefined; resolved?: boolean | undefined } = {},
  ): Promise<{ items: CommentView[]; sections: SectionAnchor[] }> {
    const stored = await this.#store.get(postmortemId, { viewer });
    let query = this.#db.selectFrom('comments').selectAll().where('postmortem_id', '=', stored.id);
    if (filters.sectionId !== undefined) query = query.where('section_id', '=', filters.sectionId);
    if (filters.resolved !== undefined)
      query = query.where('resolved', '=', filters.resolved ? 1 : 0);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    const answered = new Set(rows.filter((r) => r.deleted_at === null).map((r) => r.parent_id));
    const items = rows
      .filter((r) => r.deleted_at === null || answered.has(r.id))
      .map((r) => toCommentView(r));
    return { items, sections: sectionAnchors(stored.model) };
  }

  /** One comment; `not_found` when it is gone or its postmortem is not visible. */
  async get(id: string, viewer: Viewer): Promise<CommentView> {
    const row = await this.#visibleRow(id, viewer);
    return toCommentView(row.comment);
  }

  /** Writes a comment on a section of the current revision, or a reply in a thread. */
  async create(postmortemId: string, input: unknown, viewer: Viewer): Promise<CommentView> {
    const { sectionId, quote, body, parentId } = parseInput(createCommentSchema, input);
    const stored = await this.#store.get(postmortemId, { viewer });
    let section: { id: string; kind: string; heading: string };
    let parent: CommentRow | undefined;
    if (parentId !== undefined) {
      parent = await this.#db
        .selectFrom('comments')
        .selectAll()
        .where('id', '=', parentId.toLowerCase())
        .where('postmortem_id', '=', stored.id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (parent === undefined)
        throw new InvalidInputError([
          { path: 'parentId', message: 'no comment of this postmortem has this id' },
        ]);
      section = {
        id: parent.section_id,
        kind: parent.section_kind,
        heading: parent.section_heading,
      };
    } else {
      const found = sectionAnchors(stored.model).find((s) => s.id === sectionId);
      if (found === undefined)
        throw new InvalidInputError([
          { path: 'sectionId', message: `the postmortem has no section "${sectionId ?? ''}"` },
        ]);
      section = found;
    }
    const now = this.#now().toISOString();
    const row: CommentRow = {
      id: this.#newId(),
      postmortem_id: stored.id,
      // Threads are one level deep: a reply to a reply joins the root's thread.
      parent_id: parent === undefined ? null : (parent.parent_id ?? parent.id),
      section_id: section.id,
      section_kind: section.kind,
      section_heading: section.heading,
      quote: quote ?? null,
      body,
      author: viewer.username,
      revision: stored.revision,
      resolved: 0,
      resolved_by: null,
      resolved_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      deleted_by: null,
    };
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      await trx.insertInto('comments').values(row).execute();
      await recordAudit(trx, {
        at: now,
        actor: viewer.username,
        action: 'comment.create',
        postmortemId: stored.id,
        revision: stored.revision,
        details: { commentId: row.id, sectionId: section.id },
      });
    });
    return toCommentView(row);
  }

  /** Edits the text (author or admin) or the resolved flag (author, editor or admin). */
  async update(id: string, input: unknown, viewer: Viewer): Promise<CommentView> {
    const changes = parseInput(updateCommentSchema, input);
    const { comment, postmortem } = await this.#visibleRow(id, viewer);
    if (comment.deleted_at !== null) throw new NotFoundError(`comment "${id}"`);
    const own = viewerNames(viewer).includes(comment.author);
    if (changes.body !== undefined && !own && viewer.role !== 'admin')
      throw new WorkflowError('forbidden', 'only its author or an admin may edit a comment');
    if (changes.resolved !== undefined && !own && !roleAtLeast(viewer.role, 'editor'))
      throw new WorkflowError('forbidden', 'only its author or an editor may resolve a comment');
    const now = this.#now().toISOString();
    const values: Partial<CommentRow> = { updated_at: now };
    if (changes.body !== undefined) values.body = changes.body;
    if (changes.resolved !== undefined) {
      values.resolved = changes.resolved ? 1 : 0;
      values.resolved_by = changes.resolved ? viewer.username : null;
      values.resolved_at = changes.resolved ? now : null;
    }
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      await trx.updateTable('comments').set(values).where('id', '=', comment.id).execute();
      await recordAudit(trx, {
        at: now,
        actor: viewer.username,
        action: 'comment.update',
        postmortemId: postmortem.id,
        revision: null,
        details: { commentId: comment.id, fields: Object.keys(changes) },
      });
    });
    return toCommentView({ ...comment, ...values });
  }

  /** Deletes a comment (author or admin); replies stay, under a placeholder. */
  async delete(id: string, viewer: Viewer): Promise<void> {
    const { comment, postmortem } = await this.#visibleRow(id, viewer);
    if (comment.deleted_at !== null) throw new NotFoundError(`comment "${id}"`);
    if (!viewerNames(viewer).includes(comment.author) && viewer.role !== 'admin')
      throw new WorkflowError('forbidden', 'only its author or an admin may delete a comment');
    const now = this.#now().toISOString();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      await trx
        .updateTable('comments')
        .set({
          deleted_at: now,
          deleted_by: viewer.username,
          body: '',
          quote: null,
          updated_at: now,
        })
        .where('id', '=', comment.id)
        .execute();
      await recordAudit(trx, {
        at: now,
        actor: viewer.username,
        action: 'comment.delete',
        postmortemId: postmortem.id,
        revision: null,
        details: { commentId: comment.id },
      });
    });
  }

  async #visibleRow(
    id: string,
    viewer: Viewer,
  ): Promise<{ comment: CommentRow; postmortem: StoredPostmortem }> {
    const key = id.trim().toLowerCase();
    if (!isUuid(key)) throw new NotFoundError(`comment "${id}"`);
    const comment = await this.#db
      .selectFrom('comments')
      .selectAll()
      .where('id', '=', key)
      .executeTakeFirst();
    if (comment === undefined) throw new NotFoundError(`comment "${id}"`);
    try {
      return { comment, postmortem: await this.#store.get(comment.postmortem_id, { viewer }) };
    } catch (error) {
      // The comment of an invisible (or trashed) postmortem does not exist for this viewer.
      if (error instanceof NotFoundError) throw new NotFoundError(`comment "${id}"`);
      throw error;
    }
  }
}
