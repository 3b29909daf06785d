import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from './database.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { InvalidInputError } from './errors.js';
import { listFilters } from './list-filters.js';
import { SORTS } from './list-options.js';
import type { CheckedListOptions, SortKey } from './list-options.js';
import { SUMMARY_COLUMNS, toSummary } from './row-mappers.js';
import type { SummaryRow } from './row-mappers.js';
import type { Page, PostmortemSummary } from './stored-postmortem.js';
import { canSee } from './viewer.js';
import type { Viewer } from './viewer.js';

/** Live postmortems, or those in the trash. */
export type ListScope = 'live' | 'trash';

/**
 * One page of postmortems, filtered and ordered by (sort key, id) with keyset pagination: the
 * cursor holds the last row's key and id, so a page costs the same however deep it is, and
 * rows added or removed meanwhile never make a row appear twice or be skipped.
 */
export async function listPostmortems(
  db: Kysely<Database>,
  adapter: DialectAdapter,
  options: CheckedListOptions,
  { scope, viewer }: { scope: ListScope; viewer: Viewer },
): Promise<Page<PostmortemSummary>> {
  const sort: SortKey = options.sort ?? (scope === 'trash' ? 'deleted' : 'updated');
  if (sort === 'deleted' && scope === 'live')
    throw new InvalidInputError([{ path: 'sort', message: '"deleted" orders the trash only' }]);
  const { column } = SORTS[sort];
  const order = options.order ?? SORTS[sort].order;
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  if (after && (after.sort !== sort || after.order !== order))
    throw new InvalidInputError([{ path: 'cursor', message: 'was made for another order' }]);
  if (after && typeof after.key !== (column === 'severity_rank' ? 'number' : 'string'))
    throw new InvalidInputError([{ path: 'cursor', message: 'not a cursor from this list' }]);

  let query = db
    .selectFrom('postmortems')
    .select(SUMMARY_COLUMNS)
    .where('deleted_at', scope === 'live' ? 'is' : 'is not', null)
    .where(canSee(viewer))
    .where(listFilters(options));
  if (after) {
    const cmp = order === 'asc' ? '>' : '<';
    query = query.where((eb): Expression<SqlBool> => {
      // Both operands go through the same ref so the comparison is typed per column.
      const key = eb.ref(column);
      return eb.or([
        eb(key, cmp, after.key),
        eb.and([eb(key, '=', after.key), eb('id', cmp, after.id)]),
      ]);
    });
  }
  const rows: SummaryRow[] = await query
    .orderBy(column, order)
    .orderBy('id', order)
    .limit(options.limit + 1)
    .execute();

  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toSummary(row, adapter)),
    nextCursor:
      more && last !== undefined
        ? encodeCursor({ sort, order, key: sortValue(last, column), id: last.id })
        : null,
  };
}

function sortValue(row: SummaryRow, column: (typeof SORTS)[SortKey]['column']): string | number {
  return row[column] ?? '';
}
