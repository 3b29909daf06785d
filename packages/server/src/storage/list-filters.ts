import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Database, LabelKind } from './database.js';
import type { CheckedListOptions } from './list-options.js';

/** The filters a postmortem list and a search share. */
export type ListFilters = Pick<
  CheckedListOptions,
  'status' | 'severity' | 'service' | 'team' | 'tag' | 'author' | 'from' | 'to'
>;

const LABEL_FILTERS = [
  ['service', 'service'],
  ['team', 'team'],
  ['tag', 'tag'],
  ['author', 'author'],
] as const satisfies readonly (readonly [keyof ListFilters, LabelKind])[];

/**
 * The list filters as one condition on the `postmortems` table, for any query that has it in
 * scope: `query.where(listFilters(options))`. Labels are matched through `postmortem_labels`
 * (one indexed EXISTS each), so the same condition serves both dialects.
 */
export function listFilters(
  filters: ListFilters,
): (eb: ExpressionBuilder<Database, 'postmortems'>) => Expression<SqlBool> {
  return (eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filters.status)
      conditions.push(eb(indexedOnce('status', filters.status), 'in', filters.status));
    if (filters.severity)
      conditions.push(eb(indexedOnce('severity', filters.severity), 'in', filters.severity));
    if (filters.from !== undefined) conditions.push(eb('postmortems.date', '>=', filters.from));
    if (filters.to !== undefined) conditions.push(eb('postmortems.date', '<=', filters.to));
    for (const [option, kind] of LABEL_FILTERS) {
      const values = filters[option];
      if (values === undefined) continue;
      conditions.push(
        eb.exists(
          eb
            .selectFrom('postmortem_labels')
            .select('postmortem_labels.postmortem_id')
            .whereRef('postmortem_labels.postmortem_id', '=', 'postmortems.id')
            .where('postmortem_labels.kind', '=', kind)
            .where('postmortem_labels.value', 'in', values),
        ),
      );
    }
    return conditions.length === 0 ? sql<SqlBool>`1 = 1` : eb.and(conditions);
  };
}

/**
 * The column a status or severity filter compares: itself for one value, which the live
 * `(filter, sort key, id)` indexes serve in order (migration 0010); `column || ''` for several,
 * which no index serves. No index can give several values' rows in one order, and a planner
 * that took the filter's index then fetched and sorted every match (seconds at 100,000);
 * walking the sort key's index and checking each row stops after one page when the values
 * are common. The same text on both dialects.
 */
function indexedOnce(column: 'status' | 'severity', values: readonly string[]) {
  const ref = sql.ref(`postmortems.${column}`);
  return values.length === 1 ? ref : sql<string>`${ref} || ''`;
}
