import type { Postmortem, PostmortemInput } from '@hindsight/core';
import { serialisePostmortem } from '@hindsight/core/markdown';
import type { Kysely } from 'kysely';
import { listAudit, recordAudit } from './audit.js';
import {
  checkActor,
  checkBaseRevision,
  checkId,
  checkLimit,
  checkSummary,
} from './check-write-options.js';
import type { AuditAction, Database } from './database.js';
import type { DatabaseHandle } from './create-database.js';
import { checkModel } from './check-model.js';
import { deriveColumns } from './derive-columns.js';
import { ConflictError, NotFoundError, SlugTakenError } from './errors.js';
import { checkListOptions } from './list-options.js';
import type { ListOptions } from './list-options.js';
import { listPostmortems } from './list-postmortems.js';
import { findByIdOrSlug, idOrSlugKey } from './id-or-slug.js';
import { readPostmortemJson } from './read-postmortem-json.js';
import { AnswerCache } from './answer-cache.js';
import type { PostmortemJson } from './read-postmortem-json.js';
import { findRevision, insertRevision, listRevisionPage } from './revisions.js';
import { STORED_COLUMNS, toStored, toStoredRevision } from './row-mappers.js';
import type { StoredRow } from './row-mappers.js';
import { slugFor, withSuffix } from './slug.js';
import type {
  AuditEntry,
  DeleteOptions,
  GetOptions,
  ReadOptions,
  StoreOptions,
  UpdateOptions,
  WriteOptions,
} from './store-options.js';
import type {
  Page,
  PostmortemSummary,
  RevisionInfo,
  StoredPostmortem,
  StoredRevision,
} from './stored-postmortem.js';
import { newUuid } from './uuid.js';
import { SYSTEM_VIEWER, mayView } from './viewer.js';
import { writeChildren } from './write-children.js';
import { insertPrepared } from './insert-prepared.js';
import { prepareRows } from './prepared-rows.js';
import type { PreparedRows } from './prepared-rows.js';

const MAX_SLUG_ATTEMPTS = 5;

/**
 * Postmortems in a database, on SQLite or PostgreSQL alike. Every write validates its input,
 * runs in one transaction (the row, its revision, its derived rows, the audit record) and is
 * guarded by the revision it was based on, so concurrent edits never overwrite each other.
 *
 * @example
 * const store = new PostmortemStore(await openDatabase());
 * const created = await store.create({ title: 'Checkout outage' }, { actor: 'ada' });
 * const edited = await store.update(created.id, { ...created.model, severity: 'high' }, {
 *   actor: 'ada',
 *   baseRevision: created.revision,
 * });
 */
export class PostmortemStore {
  readonly #db: Kysely<Database>;
  readonly #handle: DatabaseHandle;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #answers: AnswerCache | undefined;

  constructor(handle: DatabaseHandle, options: StoreOptions = {}) {
    this.#handle = handle;
    this.#db = handle.db;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? newUuid;
    const cacheBytes = options.answerCacheBytes ?? 0;
    this.#answers = cacheBytes > 0 ? new AnswerCache(cacheBytes) : undefined;
  }

  /**
   * Stores a new postmortem as revision 1. Its slug is the model's, else one made from its
   * date and title (`-2`, `-3`, … when taken). Throws `invalid_input` naming the fields at
   * fault, or `slug_taken` when the model's own slug is used; nothing is written then.
   */
  async create(input: PostmortemInput, options: WriteOptions): Promise<StoredPostmortem> {
    const actor = checkActor(options.actor);
    const checked = checkModel(input);
    for (let attempt = 1; ; attempt++) {
      const slug = checked.slug ?? (await this.#freeSlug(slugFor(checked)));
      const model = { ...checked, slug };
      try {
        return await this.#insert(model, serialisePostmortem(model), actor);
      } catch (error) {
        if (!this.#handle.adapter.isUniqueViolation(error, 'postmortems', 'slug')) throw error;
        // A generated slug was taken between the look-up and the insert: try the next one.
        if (checked.slug !== undefined || attempt >= MAX_SLUG_ATTEMPTS)
          throw new SlugTakenError(slug);
      }
    }
  }

  /**
   * {@link create} for many postmortems at once, from rows derived elsewhere: each is
   * `prepareRows` of a model as `checkModel` returned it, with its slug, and its
   * `serialisePostmortem`. An import prepares them on its worker threads
   * (transfer/prepare-file.ts), so that its writing thread only binds values, and writes a
   * batch with one statement per table (storage/insert-prepared.ts). All or nothing: throws
   * `slug_taken` when a slug is used, and nothing is written then. Returns the new ids, in
   * order.
   */
  async createPrepared(
    prepared: readonly PreparedRows[],
    options: WriteOptions,
  ): Promise<string[]> {
    const actor = checkActor(options.actor);
    const postmortems = prepared.map((rows) => ({ id: this.#newId(), rows }));
    try {
      await this.#handle.adapter.writeTransaction(this.#db, (trx) =>
        insertPrepared(trx, postmortems, { now: this.#timestamp(), actor, newId: this.#newId }),
      );
    } catch (error) {
      if (!this.#handle.adapter.isUniqueViolation(error, 'postmortems', 'slug')) throw error;
      const slugs = prepared.map((rows) => rows.slug);
      // The transaction was rolled back: name a slug that is taken, for the message.
      const taken = await this.#db
        .selectFrom('postmortems')
        .select('slug')
        .where('slug', 'in', slugs)
        .executeTakeFirst();
      throw new SlugTakenError(taken?.slug ?? slugs[0] ?? '');
    }
    return postmortems.map((p) => p.id);
  }

  /** Writes a new postmortem as revision 1: the row, its revision, derived rows, audit. */
  async #insert(
    model: Postmortem & { readonly slug: string },
    markdown: string,
    actor: string,
  ): Promise<StoredPostmortem> {
    const id = this.#newId();
    const now = this.#timestamp();
    const rows = prepareRows(model, markdown);
    await this.#handle.adapter.writeTransaction(this.#db, (trx) =>
      insertPrepared(trx, [{ id, rows }], { now, actor, newId: this.#newId }),
    );
    return {
      id,
      slug: model.slug,
      revision: 1,
      model,
      markdown,
      createdAt: now,
      createdBy: actor,
      updatedAt: now,
      updatedBy: actor,
      deletedAt: null,
      deletedBy: null,
    };
  }

  /**
   * The postmortem with this id or slug; `not_found` when there is none, when it is in the
   * trash, or when `options.viewer` may not see it (so that its existence does not leak).
   */
  async get(idOrSlug: string, options: GetOptions = {}): Promise<StoredPostmortem> {
    const key = idOrSlugKey(idOrSlug);
    const row = await findByIdOrSlug(key, (column) => {
      let query = this.#db.selectFrom('postmortems').select(STORED_COLUMNS).where(column, '=', key);
      if (options.includeDeleted !== true) query = query.where('deleted_at', 'is', null);
      return query.executeTakeFirst();
    });
    if (row === undefined) throw new NotFoundError(`postmortem "${idOrSlug}"`);
    const stored = toStored(row, this.#handle.adapter);
    if (!mayView(options.viewer ?? SYSTEM_VIEWER, stored))
      throw new NotFoundError(`postmortem "${idOrSlug}"`);
    return stored;
  }

  /**
   * What {@link get} returns, as the bytes of its JSON, made without parsing and serialising
   * the model again, and kept for the next read when the store has an answer cache: the API's
   * read of one postmortem (read-postmortem-json.ts).
   */
  async getJson(idOrSlug: string, options: GetOptions = {}): Promise<PostmortemJson> {
    return readPostmortemJson(this.#db, this.#handle.adapter, idOrSlug, options, this.#answers);
  }

  /**
   * Replaces the document of a live postmortem with `input` as a new revision, if and only if
   * its current revision is `baseRevision`: one conditional UPDATE decides, so of two
   * concurrent writers from the same base exactly one wins. The other gets a
   * {@link ConflictError} carrying the current version. The model's slug renames the
   * postmortem (`slug_taken` if used); without one the slug is kept.
   */
  async update(
    id: string,
    input: PostmortemInput,
    options: UpdateOptions,
  ): Promise<StoredPostmortem> {
    const actor = checkActor(options.actor);
    const base = checkBaseRevision(options.baseRevision);
    const summary = checkSummary(options.summary);
    const model = checkModel(input);
    return this.#write(id, model, {
      actor,
      base,
      summary,
      action: options.audit?.action ?? 'postmortem.update',
      details: options.audit?.details,
      inTransaction: options.inTransaction,
    });
  }

  /** A postmortem's history, newest first, without the documents. */
  async listRevisions(
    id: string,
    options: { limit?: number; cursor?: string } & ReadOptions = {},
  ): Promise<Page<RevisionInfo>> {
    const postmortem = await this.get(id, { includeDeleted: true, viewer: options.viewer });
    return listRevisionPage(this.#db, postmortem.id, {
      limit: checkLimit(options.limit ?? 100),
      cursor: options.cursor,
    });
  }

  /** One saved version of a postmortem; `not_found` when it has no such revision. */
  async getRevision(
    id: string,
    number: number,
    options: ReadOptions = {},
  ): Promise<StoredRevision> {
    const postmortem = await this.get(id, { includeDeleted: true, viewer: options.viewer });
    const row = await findRevision(this.#db, postmortem.id, number);
    if (row === undefined) throw new NotFoundError(`revision ${number} of "${id}"`);
    return toStoredRevision(row, this.#handle.adapter);
  }

  /**
   * Makes an old revision's document current again, as a new revision (history is never
   * rewritten). Guarded by `baseRevision` like {@link update}.
   */
  async restoreRevision(
    id: string,
    number: number,
    options: UpdateOptions,
  ): Promise<StoredPostmortem> {
    const actor = checkActor(options.actor);
    const base = checkBaseRevision(options.baseRevision);
    const revision = await this.getRevision(id, number);
    const summary = checkSummary(options.summary) ?? `Restored revision ${number}`;
    // Checked again: the schema may have grown stricter since that revision was saved.
    const model = checkModel(revision.model);
    return this.#write(revision.postmortemId, model, {
      actor,
      base,
      summary,
      action: 'postmortem.restore-revision',
      details: { restored: number },
    });
  }

  /**
   * Moves a live postmortem to the trash, from where {@link restore} brings it back. Its slug
   * stays taken meanwhile. `not_found` if it is not live; `revision_conflict` if
   * `baseRevision` is given and no longer current.
   */
  async softDelete(id: string, options: DeleteOptions): Promise<void> {
    const actor = checkActor(options.actor);
    const base =
      options.baseRevision === undefined ? undefined : checkBaseRevision(options.baseRevision);
    const key = checkId(id);
    const now = this.#timestamp();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      let query = trx
        .updateTable('postmortems')
        .set({ deleted_at: now, deleted_by: actor })
        .where('id', '=', key)
        .where('deleted_at', 'is', null);
      if (base !== undefined) query = query.where('revision', '=', base);
      const result = await query.executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        const current = await this.#findRow(trx, key);
        if (current === undefined || current.deleted_at !== null)
          throw new NotFoundError(`postmortem "${id}"`);
        throw new ConflictError(base ?? 0, toStored(current, this.#handle.adapter));
      }
      await recordAudit(trx, {
        at: now,
        actor,
        action: 'postmortem.delete',
        postmortemId: key,
        revision: null,
      });
    });
  }

  /** Brings a postmortem back from the trash; `not_found` if it is not there. */
  async restore(id: string, options: WriteOptions): Promise<StoredPostmortem> {
    const actor = checkActor(options.actor);
    const key = checkId(id);
    const now = this.#timestamp();
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      const result = await trx
        .updateTable('postmortems')
        .set({ deleted_at: null, deleted_by: null })
        .where('id', '=', key)
        .where('deleted_at', 'is not', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new NotFoundError(`postmortem "${id}" in the trash`);
      await recordAudit(trx, {
        at: now,
        actor,
        action: 'postmortem.restore',
        postmortemId: key,
        revision: null,
      });
    });
    return this.get(key);
  }

  /**
   * A page of live postmortems, filtered and sorted; pass `nextCursor` back as `cursor` for
   * the next page. Throws `invalid_input` naming the option at fault.
   *
   * @example
   * const page = await store.list({ status: 'published', service: 'checkout', sort: 'date' });
   */
  async list(options: ListOptions = {}, read: ReadOptions = {}): Promise<Page<PostmortemSummary>> {
    const viewer = read.viewer ?? SYSTEM_VIEWER;
    return listPostmortems(this.#db, this.#handle.adapter, checkListOptions(options), {
      scope: 'live',
      viewer,
    });
  }

  /** A page of the trash, most recently deleted first unless another sort is asked for. */
  async listTrash(
    options: ListOptions = {},
    read: ReadOptions = {},
  ): Promise<Page<PostmortemSummary>> {
    const viewer = read.viewer ?? SYSTEM_VIEWER;
    return listPostmortems(this.#db, this.#handle.adapter, checkListOptions(options), {
      scope: 'trash',
      viewer,
    });
  }

  /** The latest audit records, newest first, of one postmortem or of all. */
  async listAudit(options: { postmortemId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    return listAudit(this.#db, this.#handle.adapter, {
      ...(options.postmortemId === undefined
        ? {}
        : { postmortemId: checkId(options.postmortemId) }),
      limit: checkLimit(options.limit ?? 100),
    });
  }

  async #write(
    id: string,
    checked: Postmortem,
    change: {
      actor: string;
      base: number;
      summary: string | null;
      action: AuditAction;
      details?: Record<string, unknown> | undefined;
      inTransaction?: UpdateOptions['inTransaction'];
    },
  ): Promise<StoredPostmortem> {
    const key = checkId(id);
    const { actor, base, summary } = change;
    // A read before the transaction keeps the transaction short (the SQLite write lock is
    // held for it) and answers most stale writes cheaply. It decides nothing: the
    // conditional UPDATE below does.
    const current = await this.#findRow(this.#db, key);
    if (current === undefined || current.deleted_at !== null)
      throw new NotFoundError(`postmortem "${id}"`);
    if (current.revision !== base)
      throw new ConflictError(base, toStored(current, this.#handle.adapter));

    const slug = checked.slug ?? current.slug;
    const model: Postmortem = { ...checked, slug };
    const markdown = serialisePostmortem(model);
    const revision = base + 1;
    const now = this.#timestamp();
    try {
      await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
        const result = await trx
          .updateTable('postmortems')
          .set({
            slug,
            ...deriveColumns(model),
            model: JSON.stringify(model),
            markdown,
            revision,
            updated_at: now,
            updated_by: actor,
          })
          .where('id', '=', key)
          .where('revision', '=', base)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          const latest = await this.#findRow(trx, key);
          if (latest === undefined || latest.deleted_at !== null)
            throw new NotFoundError(`postmortem "${id}"`);
          throw new ConflictError(base, toStored(latest, this.#handle.adapter));
        }
        await insertRevision(trx, {
          postmortemId: key,
          number: revision,
          model,
          markdown,
          author: actor,
          at: now,
          summary,
        });
        await writeChildren(trx, key, model, { now, newId: this.#newId, isNew: false });
        await recordAudit(trx, {
          at: now,
          actor,
          action: change.action,
          postmortemId: key,
          revision,
          details: { ...change.details, ...(summary === null ? {} : { summary }) },
        });
        await change.inTransaction?.(trx, { id: key, revision, at: now });
      });
    } catch (error) {
      if (this.#handle.adapter.isUniqueViolation(error, 'postmortems', 'slug'))
        throw new SlugTakenError(slug);
      throw error;
    }
    return {
      id: key,
      slug,
      revision,
      model,
      markdown,
      createdAt: current.created_at,
      createdBy: current.created_by,
      updatedAt: now,
      updatedBy: actor,
      deletedAt: null,
      deletedBy: null,
    };
  }

  async #findRow(db: Kysely<Database>, id: string): Promise<StoredRow | undefined> {
    return db
      .selectFrom('postmortems')
      .select(STORED_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** `base`, else the first of `base-2`, `base-3`, … that no postmortem has. */
  async #freeSlug(base: string): Promise<string> {
    // Slugs are [a-z0-9-] only, so LIKE's wildcards cannot come from the title.
    const rows = await this.#db
      .selectFrom('postmortems')
      .select('slug')
      .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
      .execute();
    return withSuffix(base, new Set(rows.map((r) => r.slug)));
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }
}
