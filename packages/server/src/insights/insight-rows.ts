import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../storage/database.js';
import { listFilters } from '../storage/list-filters.js';
import { canSee } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import type { CheckedInsightFilters } from './insight-options.js';

type JoinedTables = Database & { i: Database['postmortem_insights'] };

/**
 * The live postmortems a viewer may see that match the filters, with their insights row as
 * `i`. Only what the access check and the filters read of `postmortems` is in its
 * `postmortems_insight_scope_idx`, so SQLite answers from that index and never reads the
 * wide document rows; ask for their other columns only when few rows are read.
 *
 * `ordered`: in the order they were created (then by id), the order every insight numbers
 * incidents in, as a folder's files are numbered by path. Aggregates and factor counts do not
 * depend on the order and skip it.
 */
export function insightRows(
  db: Kysely<Database>,
  viewer: Viewer,
  filters: CheckedInsightFilters,
  ordered: boolean,
): SelectQueryBuilder<JoinedTables, 'postmortems' | 'i', object> {
  const query = db
    .selectFrom('postmortems')
    .innerJoin('postmortem_insights as i', 'i.postmortem_id', 'postmortems.id')
    .where('postmortems.deleted_at', 'is', null)
    .where(canSee(viewer))
    .where(listFilters(filters));
  return ordered ? query.orderBy('postmortems.created_at').orderBy('postmortems.id') : query;
}
