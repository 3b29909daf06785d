import { sql } from 'kysely';
import type { Expression, Kysely, RawBuilder, SqlBool } from 'kysely';
import type { Database } from '../storage/database.js';
import { listFilters } from '../storage/list-filters.js';
import { canSee } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import type { CheckedInsightFilters } from './insight-options.js';

/**
 * Beyond this many excluded postmortems the exclusion is a subquery rather than a list of
 * bound values: both databases cap how many a statement may have.
 */
const MAX_LISTED = 5000;

/** Which postmortems an aggregate counts, as a condition on any column holding their id. */
export type ScopeCondition = (id: Expression<string>) => Expression<SqlBool>;

/**
 * The live postmortems a viewer may see that match the filters, as a condition on a
 * postmortem id, so that an aggregate reads one narrow table (the insights rows, the labels,
 * the factor rows) without joining `postmortems` row by row. What it leaves out is small and
 * found first through two indexes: the postmortems in the trash and the restricted ones the
 * viewer may not see (the access check, `canSee`, runs on the restricted rows only). Filters,
 * when there are any, keep the ids they match with the same condition as a postmortem list.
 */
export async function scopeCondition(
  db: Kysely<Database>,
  viewer: Viewer,
  filters: CheckedInsightFilters,
): Promise<ScopeCondition> {
  const deleted = db
    .selectFrom('postmortems')
    .select('postmortems.id')
    .where('postmortems.deleted_at', 'is not', null);
  const hidden =
    viewer.kind === 'system'
      ? deleted
      : deleted.unionAll(
          db
            .selectFrom('postmortems')
            .select('postmortems.id')
            .where('postmortems.visibility', '=', 'restricted')
            .where((eb) => eb.not(canSee(viewer)(eb))),
        );
  const excluded = (await hidden.execute()).map((r) => r.id);
  const matching = hasFilters(filters)
    ? db.selectFrom('postmortems').select('postmortems.id').where(listFilters(filters))
    : undefined;
  return (id) => {
    const conditions: RawBuilder<SqlBool>[] = [];
    if (excluded.length > MAX_LISTED) conditions.push(sql<SqlBool>`${id} not in (${hidden})`);
    else if (excluded.length > 0)
      conditions.push(sql<SqlBool>`${id} not in (${sql.join(excluded)})`);
    if (matching !== undefined) conditions.push(sql<SqlBool>`${id} in (${matching})`);
    return conditions.length === 0
      ? sql<SqlBool>`1 = 1`
      : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
  };
}

/** Whether any filter is set. */
export function hasFilters(filters: CheckedInsightFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}
