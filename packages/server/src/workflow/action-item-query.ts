import { sql } from 'kysely';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../storage/database.js';
import { canSee } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import { OPEN_STATUSES } from './action-item-view.js';
import type { CheckedActionItemFilters } from './action-item-list-options.js';

/** The columns of a board row: the item and its postmortem's id, slug and title. */
export const ACTION_ITEM_COLUMNS = [
  'action_items.id',
  'action_items.postmortem_id',
  'action_items.position',
  'action_items.title',
  'action_items.type',
  'action_items.owner',
  'action_items.due',
  'action_items.status',
  'action_items.priority',
  'action_items.link',
  'action_items.created_at',
  'action_items.updated_at',
  'postmortems.slug as postmortem_slug',
  'postmortems.title as postmortem_title',
] as const;

type Joined = SelectQueryBuilder<Database, 'action_items' | 'postmortems', object>;

/**
 * Action items of the live postmortems `viewer` may see, filtered. A restricted postmortem's
 * items are left out for everyone it does not name, by the same `canSee` as postmortem lists.
 */
export function actionItemsQuery(
  db: Kysely<Database>,
  viewer: Viewer,
  filters: CheckedActionItemFilters,
  today: string,
): Joined {
  let query: Joined = db
    .selectFrom('action_items')
    .innerJoin('postmortems', 'postmortems.id', 'action_items.postmortem_id')
    .where('postmortems.deleted_at', 'is', null)
    .where(canSee(viewer));
  if (filters.owner) query = query.where('action_items.owner', 'in', filters.owner);
  if (filters.status) query = query.where('action_items.status', 'in', filters.status);
  if (filters.type) query = query.where('action_items.type', 'in', filters.type);
  if (filters.priority) query = query.where('action_items.priority', 'in', filters.priority);
  if (filters.dueBefore !== undefined)
    query = query.where('action_items.due', '<', filters.dueBefore);
  if (filters.dueAfter !== undefined)
    query = query.where('action_items.due', '>', filters.dueAfter);
  if (filters.overdue === true)
    query = query
      .where('action_items.due', '<', today)
      .where('action_items.status', 'in', OPEN_STATUSES);
  if (filters.overdue === false)
    query = query.where((eb) =>
      eb.or([
        eb('action_items.due', 'is', null),
        eb('action_items.due', '>=', today),
        eb('action_items.status', 'not in', OPEN_STATUSES),
      ]),
    );
  if (filters.postmortem !== undefined)
    query = query.where('action_items.postmortem_id', '=', filters.postmortem);
  if (filters.severity) query = query.where('postmortems.severity', 'in', filters.severity);
  for (const kind of ['service', 'team'] as const) {
    const values = filters[kind];
    if (values === undefined) continue;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('postmortem_labels')
          .select('postmortem_labels.postmortem_id')
          .whereRef('postmortem_labels.postmortem_id', '=', 'postmortems.id')
          .where('postmortem_labels.kind', '=', kind)
          .where('postmortem_labels.value', 'in', values),
      ),
    );
  }
  return query;
}

/** The sort key of each order, as an expression that is never null (dialects order nulls apart). */
export const SORT_KEYS = {
  due: sql<string>`coalesce(action_items.due, '9999-12-31')`,
  updated: sql<string>`action_items.updated_at`,
  created: sql<string>`action_items.created_at`,
  priority: sql<number>`case action_items.priority when 'high' then 1 when 'medium' then 2 when 'low' then 3 else 4 end`,
} as const;
