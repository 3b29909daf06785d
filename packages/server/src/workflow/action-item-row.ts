import type { Selectable } from 'kysely';
import type { ActionItemsTable } from '../storage/database.js';
import { isOverdue } from './action-item-view.js';
import type { ActionItemView } from './action-item-view.js';

/** A board row as selected by `ACTION_ITEM_COLUMNS`. */
export type ActionItemRow = Selectable<ActionItemsTable> & {
  postmortem_slug: string;
  postmortem_title: string;
};

/** A board row as the API returns it. */
export function toActionItemView(row: ActionItemRow, today: string): ActionItemView {
  return {
    id: row.id,
    postmortem: { id: row.postmortem_id, slug: row.postmortem_slug, title: row.postmortem_title },
    position: row.position,
    title: row.title,
    type: row.type,
    owner: row.owner,
    due: row.due,
    status: row.status,
    priority: row.priority,
    link: row.link,
    overdue: isOverdue(row.due, row.status, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
