import type { Postmortem } from '@hindsight/core';
import { lintText } from '@hindsight/core/lint';
import type { LintMessage, ProfileName } from '@hindsight/core/lint';
import { serialisePostmortem } from '@hindsight/core/markdown';
import type { Kysely } from 'kysely';
import { recordAudit } from '../storage/audit.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { AuditAction, Database } from '../storage/database.js';
import { ConflictError, InvalidInputError } from '../storage/errors.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import type { StoredPostmortem } from '../storage/stored-postmortem.js';
import { viewerNames } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import type { ReviewAction } from '../storage/workflow-tables.js';
import { requireWorkflowRole, roleAtLeast } from './has-role.js';
import { parseInput, requestReviewSchema, reviewStepSchema } from './review-input.js';
import { reviewStatus } from './review-state.js';
import type { ReviewEvent, ReviewStatus } from './review-state.js';
import { todayIn } from './today.js';
import { usersTableLookup } from './user-lookup.js';
import type { UserLookup } from './user-lookup.js';
import { WorkflowError } from './workflow-error.js';
import type { WorkflowOptions } from './workflow-options.js';

/**
 * Where a review stands, with the lint profile publishing checks, so that a client can tell
 * before trying whether the document would pass (the publish step checks again).
 */
export interface ReviewView extends ReviewStatus {
  readonly publishProfile: ProfileName;
}

/** The outcome of a transition: the review as it now stands and the postmortem's revision. */
export interface ReviewResult {
  readonly review: ReviewView;
  readonly postmortem: { readonly id: string; readonly revision: number; readonly status: string };
}

/**
 * The review workflow of postmortems: request review from named reviewers, approve or request
 * changes, publish, unpublish. Every transition is a `review_events` row and an audit record,
 * written in the same transaction as the revision it makes (or, for decisions, checked
 * against the current revision under the row's lock). The model's `status` follows:
 * `in-review` once review is asked, `published` with its date once published.
 */
export class ReviewService {
  readonly #db: Kysely<Database>;
  readonly #handle: DatabaseHandle;
  readonly #store: PostmortemStore;
  readonly #users: UserLookup;
  readonly #profile: ProfileName;
  readonly #zone: string;
  readonly #now: () => Date;

  constructor(options: WorkflowOptions) {
    this.#handle = options.handle;
    this.#db = options.handle.db;
    this.#store = options.store;
    this.#users = options.users ?? usersTableLookup(options.handle.db);
    this.#profile = options.lintProfile ?? 'standard';
    this.#zone = options.zone ?? 'UTC';
    this.#now = options.now ?? (() => new Date());
  }

  /** Where the review of a postmortem stands, with every transition; 404 if not visible. */
  async status(postmortemId: string, viewer: Viewer): Promise<ReviewView> {
    const stored = await this.#store.get(postmortemId, { viewer });
    return this.#view(stored.id);
  }

  /**
   * Asks named users (role reviewer or above, not the requester) to review the current
   * revision. Adds them to the model's reviewers, which also lets them read a restricted
   * postmortem, and sets its status to `in-review`. Also re-requests after changes.
   */
  async request(postmortemId: string, input: unknown, viewer: Viewer): Promise<ReviewResult> {
    const { baseRevision, reviewers, note } = parseInput(requestReviewSchema, input);
    requireWorkflowRole(viewer, 'editor', 'request a review');
    const stored = await this.#current(postmortemId, baseRevision, viewer);
    const status = reviewStatus(await this.#events(this.#db, stored.id));
    if (status.state === 'published')
      throw new WorkflowError(
        'invalid_transition',
        'a published postmortem is not reviewed; unpublish it first',
      );
    const names = await this.#checkReviewers(reviewers, viewer);
    const model: Postmortem = {
      ...stored.model,
      status: 'in-review',
      reviewers: [...new Set([...stored.model.reviewers, ...names])],
    };
    return this.#writeWithModel(stored, model, viewer, {
      action: 'request',
      note,
      reviewers: names,
      summary: `Review requested from ${names.join(', ')}`,
    });
  }

  /** A requested reviewer approves the current revision (never the person who asked). */
  async approve(postmortemId: string, input: unknown, viewer: Viewer): Promise<ReviewResult> {
    return this.#decide(postmortemId, input, viewer, 'approve');
  }

  /** A requested reviewer asks for changes before the postmortem can be published. */
  async requestChanges(
    postmortemId: string,
    input: unknown,
    viewer: Viewer,
  ): Promise<ReviewResult> {
    return this.#decide(postmortemId, input, viewer, 'request-changes');
  }

  /**
   * Publishes: needs an approval with no "changes requested" after it, and no lint errors in
   * the configured profile (`publish_blocked` lists them). Sets the model's status to
   * `published` and its `published` date to today in the configured zone, as a new revision.
   */
  async publish(postmortemId: string, input: unknown, viewer: Viewer): Promise<ReviewResult> {
    const { baseRevision, note } = parseInput(reviewStepSchema, input);
    requireWorkflowRole(viewer, 'editor', 'publish');
    const stored = await this.#current(postmortemId, baseRevision, viewer);
    const status = reviewStatus(await this.#events(this.#db, stored.id));
    if (status.state === 'published')
      throw new WorkflowError('invalid_transition', 'the postmortem is already published');
    if (status.standingApproval === null)
      throw new WorkflowError(
        'invalid_transition',
        status.state === 'changes-requested'
          ? 'changes were requested after the last approval: request review again'
          : 'publishing needs an approval from a requested reviewer',
      );
    const model: Postmortem = {
      ...stored.model,
      status: 'published',
      published: todayIn(this.#zone, this.#now()),
    };
    const errors = this.lintErrors(model);
    if (errors.length > 0)
      throw new WorkflowError(
        'publish_blocked',
        `the postmortem has ${errors.length} lint error${errors.length === 1 ? '' : 's'} in the "${this.#profile}" profile`,
        errors,
      );
    return this.#writeWithModel(stored, model, viewer, {
      action: 'publish',
      note,
      reviewers: [],
      summary: 'Published',
    });
  }

  /** Takes a published postmortem back to review; its approvals still stand. */
  async unpublish(postmortemId: string, input: unknown, viewer: Viewer): Promise<ReviewResult> {
    const { baseRevision, note } = parseInput(reviewStepSchema, input);
    requireWorkflowRole(viewer, 'editor', 'unpublish');
    const stored = await this.#current(postmortemId, baseRevision, viewer);
    const status = reviewStatus(await this.#events(this.#db, stored.id));
    if (status.state !== 'published')
      throw new WorkflowError('invalid_transition', 'the postmortem is not published');
    const { published: _dropped, ...rest } = stored.model;
    const model: Postmortem = { ...rest, status: 'in-review' };
    return this.#writeWithModel(stored, model, viewer, {
      action: 'unpublish',
      note,
      reviewers: [],
      summary: 'Unpublished',
    });
  }

  /** The error-level findings of the configured profile for `model` as it would be stored. */
  lintErrors(model: Postmortem): LintMessage[] {
    const result = lintText(serialisePostmortem(model), { profile: this.#profile });
    return result.messages.filter((m) => m.severity === 'error');
  }

  async #decide(
    postmortemId: string,
    input: unknown,
    viewer: Viewer,
    action: 'approve' | 'request-changes',
  ): Promise<ReviewResult> {
    const { baseRevision, note } = parseInput(reviewStepSchema, input);
    requireWorkflowRole(viewer, 'reviewer', action === 'approve' ? 'approve' : 'request changes');
    const stored = await this.#current(postmortemId, baseRevision, viewer);
    const status = reviewStatus(await this.#events(this.#db, stored.id));
    if (status.state === 'none' || status.state === 'published')
      throw new WorkflowError(
        'invalid_transition',
        status.state === 'none' ? 'no review was requested' : 'the postmortem is already published',
      );
    const names = viewerNames(viewer);
    if (status.requestedBy !== null && names.includes(status.requestedBy))
      throw new WorkflowError(
        'forbidden',
        'you requested this review, so another reviewer decides',
      );
    if (!status.reviewers.some((r) => names.includes(r)))
      throw new WorkflowError('forbidden', 'only the requested reviewers decide on this review');

    const at = this.#now().toISOString();
    let conflict = false;
    await this.#handle.adapter.writeTransaction(this.#db, async (trx) => {
      // A write of the revision onto itself: it locks the row (PostgreSQL) and checks that
      // the decision is about the current revision in one statement.
      const locked = await trx
        .updateTable('postmortems')
        .set({ revision: baseRevision })
        .where('id', '=', stored.id)
        .where('revision', '=', baseRevision)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (locked.numUpdatedRows === 0n) {
        conflict = true;
        return;
      }
      await insertEvent(trx, stored.id, {
        action,
        actor: viewer.username,
        at,
        revision: baseRevision,
        note: note ?? null,
        reviewers: [],
      });
    });
    if (conflict) throw new ConflictError(baseRevision, await this.#store.get(stored.id));
    return {
      review: await this.#view(stored.id),
      postmortem: { id: stored.id, revision: stored.revision, status: stored.model.status },
    };
  }

  async #writeWithModel(
    stored: StoredPostmortem,
    model: Postmortem,
    viewer: Viewer,
    step: { action: ReviewAction; note: string | undefined; reviewers: string[]; summary: string },
  ): Promise<ReviewResult> {
    const written = await this.#store.update(stored.id, model, {
      actor: viewer.username,
      baseRevision: stored.revision,
      summary: step.summary,
      audit: {
        action: `review.${step.action}` as AuditAction,
        details: {
          ...(step.note === undefined || step.note === '' ? {} : { note: step.note }),
          ...(step.reviewers.length === 0 ? {} : { reviewers: step.reviewers }),
        },
      },
      inTransaction: async (trx, { revision, at }) => {
        await insertEvent(trx, stored.id, {
          action: step.action,
          actor: viewer.username,
          at,
          revision,
          note: step.note === undefined || step.note === '' ? null : step.note,
          reviewers: step.reviewers,
        });
      },
    });
    return {
      review: await this.#view(stored.id),
      postmortem: { id: written.id, revision: written.revision, status: written.model.status },
    };
  }

  async #view(postmortemId: string): Promise<ReviewView> {
    const status = reviewStatus(await this.#events(this.#db, postmortemId));
    return { ...status, publishProfile: this.#profile };
  }

  /** The postmortem if the viewer may see it and `baseRevision` is current; else 404 or 409. */
  async #current(id: string, baseRevision: number, viewer: Viewer): Promise<StoredPostmortem> {
    const stored = await this.#store.get(id, { viewer });
    if (stored.revision !== baseRevision) throw new ConflictError(baseRevision, stored);
    return stored;
  }

  async #checkReviewers(reviewers: readonly string[], viewer: Viewer): Promise<string[]> {
    const issues: { path: string; message: string }[] = [];
    const names: string[] = [];
    const own = viewerNames(viewer).map((n) => n.toLowerCase());
    for (const [i, name] of reviewers.entries()) {
      const user = await this.#users(name);
      if (user === undefined)
        issues.push({ path: `reviewers.${i}`, message: `no active user is called "${name}"` });
      else if (!roleAtLeast(user.role, 'reviewer'))
        issues.push({
          path: `reviewers.${i}`,
          message: `"${user.username}" has the ${user.role} role; reviewing needs reviewer or above`,
        });
      else if (own.includes(user.username.toLowerCase()))
        issues.push({ path: `reviewers.${i}`, message: 'you cannot review your own request' });
      else if (!names.includes(user.username)) names.push(user.username);
    }
    if (issues.length > 0) throw new InvalidInputError(issues);
    return names;
  }

  async #events(db: Kysely<Database>, postmortemId: string): Promise<ReviewEvent[]> {
    const rows = await db
      .selectFrom('review_events')
      .selectAll()
      .where('postmortem_id', '=', postmortemId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: Number(row.id),
      action: row.action,
      actor: row.actor,
      at: row.at,
      revision: row.revision,
      note: row.note,
      reviewers:
        row.reviewers === null ? [] : (this.#handle.adapter.decodeJson(row.reviewers) as string[]),
    }));
  }
}

async function insertEvent(
  trx: Kysely<Database>,
  postmortemId: string,
  event: Omit<ReviewEvent, 'id'>,
): Promise<void> {
  await trx
    .insertInto('review_events')
    .values({
      postmortem_id: postmortemId,
      action: event.action,
      actor: event.actor,
      at: event.at,
      revision: event.revision,
      note: event.note,
      reviewers: event.reviewers.length === 0 ? null : JSON.stringify(event.reviewers),
    })
    .execute();
  if (event.action === 'approve' || event.action === 'request-changes')
    await recordAudit(trx, {
      at: event.at,
      actor: event.actor,
      action: `review.${event.action}`,
      postmortemId,
      revision: event.revision,
      details: event.note === null ? {} : { note: event.note },
    });
}
