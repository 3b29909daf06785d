import type { Expression, Kysely, RawBuilder, SqlBool } from 'kysely';
import { decodeCursor, encodeCursor } from '../storage/cursor.js';
import type { Database } from '../storage/database.js';
import { InvalidInputError } from '../storage/errors.js';
import type { Page } from '../storage/stored-postmortem.js';
import type { Viewer } from '../storage/viewer.js';
import { ACTION_ITEM_SORTS } from './action-item-list-options.js';
import type { ActionItemSort, CheckedActionItemListOptions } from './action-item-list-options.js';
import { ACTION_ITEM_COLUMNS, SORT_KEYS, actionItemsQuery } from './action-item-query.js';
import { toActionItemView } from './action-item-row.js';
import type { ActionItemView } from './action-item-view.js';

/**
 * One page of the action-item board: items across every postmortem the viewer may see,
 * filtered, ordered by (sort key, id) and paginated by keyset like postmortem lists.
 */
export async function listActionItems(
  db: Kysely<Database>,
  viewer: Viewer,
  options: CheckedActionItemListOptions,
  today: string,
): Promise<Page<ActionItemView>> {
  const sort: ActionItemSort = options.sort ?? 'due';
  const order = options.order ?? ACTION_ITEM_SORTS[sort];
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  if (after && (after.sort !== `action-items:${sort}` || after.order !== order))
    throw new InvalidInputError([{ path: 'cursor', message: 'was made for another order' }]);
  if (after && typeof after.key !== (sort === 'priority' ? 'number' : 'string'))
    throw new InvalidInputError([{ path: 'cursor', message: 'not a cursor from this list' }]);

  const key: RawBuilder<string | number> = SORT_KEYS[sort];
  let query = actionItemsQuery(db, viewer, options, today).select([
    ...ACTION_ITEM_COLUMNS,
    key.as('sort_key'),
  ]);
  if (after) {
    const cmp = order === 'asc' ? '>' : '<';
    query = query.where((eb): Expression<SqlBool> =>
      eb.or([
        eb(key, cmp, after.key),
        eb.and([eb(key, '=', after.key), eb('action_items.id', cmp, after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy(key, order)
    .orderBy('action_items.id', order)
    .limit(options.limit + 1)
    .execute();
  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toActionItemView(row, today)),
    nextCursor:
      more && last !== undefined
        ? encodeCursor({
            sort: `action-items:${sort}`,
            order,
            // PostgreSQL returns the CASE as a number, SQLite too; text keys stay text.
            key: sort === 'priority' ? Number(last.sort_key) : String(last.sort_key),
            id: last.id,
          })
        : null,
  };
}
