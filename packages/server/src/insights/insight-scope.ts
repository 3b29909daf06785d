import { sql } from 'kysely';
import type { Expression, Kysely, RawBuilder, SqlBool } from 'kysely';
import type { Database } from '../storage/database.js';
import { listFilters } from '../storage/list-filters.js';
import { canSee } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import type { CheckedInsightFilters } from './insight-options.js';

/**
 * Beyond this many excluded postmortems every row is checked against a subquery instead of
 * listing them as bound values: both databases cap how many a statement may have.
 */
const MAX_LISTED = 5000;

/** A set of postmortems, as a condition on any column holding their id. */
export type ScopeCondition = (id: Expression<string>) => Expression<SqlBool>;

/**
 * Which postmortems an aggregate counts: those of `kept`, less those of `dropped`. Every
 * figure the database counts adds up, so counting a few rows twice and subtracting them costs
 * less than checking a list on every row of several queries; a single read of the rows checks
 * the list instead ({@link visibleOf}).
 */
export interface CountingScope {
  kept: ScopeCondition;
  dropped: ScopeCondition | undefined;
}

/**
 * The live postmortems a viewer may see that match the filters, so that an aggregate reads one
 * narrow table (the insights rows, the labels, the factor rows) without joining `postmortems`
 * row by row. What it leaves out is small and found first through two indexes: the
 * postmortems in the trash and the restricted ones the viewer may not see (the access check,
 * `canSee`, runs on the restricted rows only). Without filters they are counted apart and
 * subtracted (`dropped`); with filters, which keep the ids they match with the same condition
 * as a postmortem list, or beyond 5,000 of them, every row is checked against them instead.
 */
export async function insightScope(
  db: Kysely<Database>,
  viewer: Viewer,
  filters: CheckedInsightFilters,
): Promise<CountingScope> {
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
  const all = (id: Expression<string>, extra: RawBuilder<SqlBool>[]): Expression<SqlBool> => {
    const conditions =
      matching === undefined ? extra : [...extra, sql<SqlBool>`${id} in (${matching})`];
    return conditions.length === 0
      ? sql<SqlBool>`1 = 1`
      : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
  };
  if (excluded.length === 0) return { kept: (id) => all(id, []), dropped: undefined };
  if (excluded.length > MAX_LISTED)
    return { kept: (id) => all(id, [sql<SqlBool>`${id} not in (${hidden})`]), dropped: undefined };
  // With filters, every query is a semi-join with the matching ids already, and counting the
  // excluded rows apart would pay for it twice: they are checked on each row instead.
  if (matching !== undefined)
    return {
      kept: (id) => all(id, [sql<SqlBool>`${id} not in (${sql.join(excluded)})`]),
      dropped: undefined,
    };
  return {
    kept: (id) => all(id, []),
    dropped: (id) => sql<SqlBool>`${id} in (${sql.join(excluded)})`,
  };
}

/** The rows of `scope` as one condition: those of `kept` that are not `dropped`. */
export function visibleOf({ kept, dropped }: CountingScope): ScopeCondition {
  return dropped === undefined ? kept : (id) => sql<SqlBool>`${kept(id)} and not (${dropped(id)})`;
}

/** Whether any filter is set. */
export function hasFilters(filters: CheckedInsightFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}
