import type { ActionItem } from '@hindsight/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ActionItemsTable } from './database.js';

type Row = Selectable<ActionItemsTable>;
/** An action item's columns that follow from the model: all but its id and timestamps. */
export type ActionItemFields = Omit<Row, 'id' | 'postmortem_id' | 'created_at' | 'updated_at'>;
type Fields = ActionItemFields;

/** The writes that bring a postmortem's action-item rows in step with its model. */
export interface ActionItemPlan {
  readonly inserts: Insertable<ActionItemsTable>[];
  readonly updates: { id: string; values: Updateable<ActionItemsTable> }[];
  readonly deletes: string[];
}

/**
 * Matches the model's action items to the existing rows by title, so that an item keeps its
 * id and creation time across edits (the API and trackers refer to it by id), and only rows
 * that really changed get a new `updated_at`. Unmatched rows are deleted, new items inserted.
 */
export function planActionItems(
  postmortemId: string,
  existing: readonly Row[],
  items: readonly ActionItem[],
  now: string,
  newId: () => string,
): ActionItemPlan {
  const byTitle = new Map<string, Row[]>();
  for (const row of [...existing].sort((a, b) => a.position - b.position)) {
    const queue = byTitle.get(row.title);
    if (queue) queue.push(row);
    else byTitle.set(row.title, [row]);
  }
  const plan: ActionItemPlan = { inserts: [], updates: [], deletes: [] };
  items.forEach((item, position) => {
    const fields = actionItemFields(item, position);
    const row = byTitle.get(item.title)?.shift();
    if (row === undefined) {
      plan.inserts.push({
        id: newId(),
        postmortem_id: postmortemId,
        ...fields,
        created_at: now,
        updated_at: now,
      });
    } else if (!sameFields(row, fields)) {
      plan.updates.push({ id: row.id, values: { ...fields, updated_at: now } });
    }
  });
  for (const rows of byTitle.values()) for (const row of rows) plan.deletes.push(row.id);
  return plan;
}

/** The columns of the action item at `position` of a model. */
export function actionItemFields(item: ActionItem, position: number): Fields {
  return {
    position,
    title: item.title,
    type: item.type ?? null,
    owner: item.owner ?? null,
    due: item.due ?? null,
    status: item.status,
    priority: item.priority ?? null,
    link: item.link ?? null,
  };
}

function sameFields(row: Row, fields: Fields): boolean {
  return (Object.keys(fields) as (keyof Fields)[]).every((key) => row[key] === fields[key]);
}
