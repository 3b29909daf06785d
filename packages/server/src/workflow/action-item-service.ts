import { actionItemSchema } from '@hindsight/core';
import type { ActionItem, Postmortem } from '@hindsight/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../storage/errors.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import type { Page, StoredPostmortem } from '../storage/stored-postmortem.js';
import { isUuid } from '../storage/uuid.js';
import type { Viewer } from '../storage/viewer.js';
import {
  createActionItemSchema,
  deleteActionItemSchema,
  updateActionItemSchema,
} from './action-item-input.js';
import { actionItemFilterSchema, actionItemListSchema } from './action-item-list-options.js';
import { ACTION_ITEM_COLUMNS } from './action-item-query.js';
import { toActionItemView } from './action-item-row.js';
import type { ActionItemRow } from './action-item-row.js';
import { actionItemStats } from './action-item-stats.js';
import type { ActionItemStats } from './action-item-stats.js';
import type { ActionItemView } from './action-item-view.js';
import { listActionItems } from './list-action-items.js';
import { requireWorkflowRole } from './has-role.js';
import { parseInput } from './review-input.js';
import { todayIn } from './today.js';
import type { WorkflowOptions } from './workflow-options.js';

/** An action item with its notes, as one item's reads and writes return it. */
export interface ActionItemDetail extends ActionItemView {
  readonly notes: string | null;
}

/** A write's outcome: the item and the revision of its postmortem the write made. */
export interface ActionItemWrite {
  readonly item: ActionItemDetail;
  readonly postmortem: { readonly id: string; readonly revision: number };
}

/**
 * Action items as first-class rows. The postmortem's model stays the one source of truth:
 * each write here edits the model's `actionItems` and saves it as a new revision (guarded by
 * `baseRevision`), and the rows follow through the store's derived-row step. Ids are kept
 * across edits, renames included.
 */
export class ActionItemService {
  readonly #db: Kysely<Database>;
  readonly #store: PostmortemStore;
  readonly #zone: string;
  readonly #now: () => Date;

  constructor(options: WorkflowOptions) {
    this.#db = options.handle.db;
    this.#store = options.store;
    this.#zone = options.zone ?? 'UTC';
    this.#now = options.now ?? (() => new Date());
  }

  /** Today in the configured zone: what "overdue" is measured against. */
  today(): string {
    return todayIn(this.#zone, this.#now());
  }

  /** A page of the board across postmortems; `invalid_input` naming the option at fault. */
  async list(options: unknown, viewer: Viewer): Promise<Page<ActionItemView>> {
    return listActionItems(
      this.#db,
      viewer,
      parseInput(actionItemListSchema, options ?? {}),
      this.today(),
    );
  }

  /** Counts by status, overdue and unassigned, over the same filters as {@link list}. */
  async stats(filters: unknown, viewer: Viewer): Promise<ActionItemStats> {
    return actionItemStats(
      this.#db,
      viewer,
      parseInput(actionItemFilterSchema, filters ?? {}),
      this.today(),
    );
  }

  /** One item; `not_found` when there is none or its postmortem is not visible. */
  async get(id: string, viewer: Viewer): Promise<ActionItemDetail> {
    const row = await this.#row(id);
    const stored = await this.#store.get(row.postmortem_id, { viewer });
    return this.#detail(row, stored.model);
  }

  /** Adds an item to a postmortem (a new revision); duplicates of a title are refused. */
  async create(postmortemId: string, input: unknown, viewer: Viewer): Promise<ActionItemWrite> {
    const { baseRevision, position, ...fields } = parseInput(createActionItemSchema, input);
    requireWorkflowRole(viewer, 'editor', 'add action items');
    const stored = await this.#current(postmortemId, baseRevision, viewer);
    const items = stored.model.actionItems;
    const item = parseInput(actionItemSchema, fields);
    if (items.some((i) => i.title === item.title)) throw duplicateTitle();
    const at = Math.min(position ?? items.length, items.length);
    const next = [...items.slice(0, at), item, ...items.slice(at)];
    let newId = '';
    const written = await this.#store.update(
      stored.id,
      { ...stored.model, actionItems: next },
      {
        actor: viewer.username,
        baseRevision,
        summary: `Added action item "${item.title}"`,
        audit: { action: 'action-item.create', details: { title: item.title } },
        inTransaction: async (trx) => {
          const row = await trx
            .selectFrom('action_items')
            .select('id')
            .where('postmortem_id', '=', stored.id)
            .where('position', '=', at)
            .executeTakeFirstOrThrow();
          newId = row.id;
        },
      },
    );
    return {
      item: await this.get(newId, viewer),
      postmortem: { id: written.id, revision: written.revision },
    };
  }

  /** Changes an item's fields (a new revision of its postmortem); `null` clears a field. */
  async update(id: string, input: unknown, viewer: Viewer): Promise<ActionItemWrite> {
    const { baseRevision, ...changes } = parseInput(updateActionItemSchema, input);
    requireWorkflowRole(viewer, 'editor', 'change action items');
    const row = await this.#row(id);
    const stored = await this.#current(row.postmortem_id, baseRevision, viewer);
    const index = indexOf(stored.model, row);
    const items = stored.model.actionItems;
    const current = items[index] as ActionItem;
    // `null` clears a field: it is left out of the rebuilt item.
    const cleared = new Set(
      Object.keys(changes).filter((k) => changes[k as keyof typeof changes] === null),
    );
    const merged = Object.fromEntries(
      Object.entries({ ...current, ...changes }).filter(
        ([key, value]) => value !== undefined && !cleared.has(key),
      ),
    );
    const item = parseInput(actionItemSchema, merged);
    // Only a rename is checked: an imported document may already repeat a title.
    if (item.title !== current.title && items.some((i) => i.title === item.title))
      throw duplicateTitle();
    const next = items.map((i, n) => (n === index ? item : i));
    const written = await this.#store.update(
      stored.id,
      { ...stored.model, actionItems: next },
      {
        actor: viewer.username,
        baseRevision,
        summary: `Changed action item "${item.title}"`,
        audit: {
          action: 'action-item.update',
          details: { actionItemId: row.id, fields: Object.keys(changes) },
        },
        inTransaction: async (trx) => {
          if (item.title === current.title) return;
          // The rows follow the model by title, so a renamed item came back as a new row:
          // give it back its id and creation time, which the board and trackers refer to.
          const renamed = await trx
            .selectFrom('action_items')
            .select('id')
            .where('postmortem_id', '=', stored.id)
            .where('position', '=', index)
            .executeTakeFirstOrThrow();
          if (renamed.id !== row.id)
            await trx
              .updateTable('action_items')
              .set({ id: row.id, created_at: row.created_at })
              .where('id', '=', renamed.id)
              .execute();
        },
      },
    );
    return {
      item: await this.get(row.id, viewer),
      postmortem: { id: written.id, revision: written.revision },
    };
  }

  /** Removes an item from its postmortem (a new revision). */
  async delete(
    id: string,
    input: unknown,
    viewer: Viewer,
  ): Promise<{ postmortem: { id: string; revision: number } }> {
    const { baseRevision } = parseInput(deleteActionItemSchema, input);
    requireWorkflowRole(viewer, 'editor', 'remove action items');
    const row = await this.#row(id);
    const stored = await this.#current(row.postmortem_id, baseRevision, viewer);
    const index = indexOf(stored.model, row);
    const written = await this.#store.update(
      stored.id,
      { ...stored.model, actionItems: stored.model.actionItems.filter((_, n) => n !== index) },
      {
        actor: viewer.username,
        baseRevision,
        summary: `Removed action item "${row.title}"`,
        audit: {
          action: 'action-item.delete',
          details: { actionItemId: row.id, title: row.title },
        },
      },
    );
    return { postmortem: { id: written.id, revision: written.revision } };
  }

  async #current(id: string, baseRevision: number, viewer: Viewer): Promise<StoredPostmortem> {
    const stored = await this.#store.get(id, { viewer });
    if (stored.revision !== baseRevision) throw new ConflictError(baseRevision, stored);
    return stored;
  }

  async #row(id: string): Promise<ActionItemRow> {
    const key = id.trim().toLowerCase();
    if (!isUuid(key)) throw new NotFoundError(`action item "${id}"`);
    const row = await this.#db
      .selectFrom('action_items')
      .innerJoin('postmortems', 'postmortems.id', 'action_items.postmortem_id')
      .select(ACTION_ITEM_COLUMNS)
      .where('action_items.id', '=', key)
      .where('postmortems.deleted_at', 'is', null)
      .executeTakeFirst();
    if (row === undefined) throw new NotFoundError(`action item "${id}"`);
    return row;
  }

  #detail(row: ActionItemRow, model: Postmortem): ActionItemDetail {
    const item = model.actionItems[row.position];
    return {
      ...toActionItemView(row, this.today()),
      notes: item?.title === row.title ? (item.notes ?? null) : null,
    };
  }
}

/** Where the row's item is in the model: at its position, else found by its title. */
function indexOf(model: Postmortem, row: ActionItemRow): number {
  if (model.actionItems[row.position]?.title === row.title) return row.position;
  const index = model.actionItems.findIndex((i) => i.title === row.title);
  // Rows are written with the model in one transaction; a mismatch means a concurrent write.
  if (index < 0) throw new NotFoundError(`action item "${row.id}"`);
  return index;
}

function duplicateTitle(): InvalidInputError {
  return new InvalidInputError([
    { path: 'title', message: 'another action item of this postmortem has this title' },
  ]);
}
