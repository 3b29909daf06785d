import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../storage/database.js';
import { listFilters } from '../storage/list-filters.js';
import { canSee } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import type { CheckedInsightFilters } from './insight-options.js';

type JoinedTables = Database & { i: Database['postmortem_insights'] };

/**
 * The live postmortems a viewer may see that match the filters, with their insights row as
 * `i`, in the order they were created (then by id): the order every insight numbers them in,
 * as a folder's files are numbered by path.
 */
export function insightRows(
  db: Kysely<Database>,
  viewer: Viewer,
  filters: CheckedInsightFilters,
): SelectQueryBuilder<JoinedTables, 'postmortems' | 'i', object> {
  return db
    .selectFrom('postmortems')
    .innerJoin('postmortem_insights as i', 'i.postmortem_id', 'postmortems.id')
    .where('postmortems.deleted_at', 'is', null)
    .where(canSee(viewer))
    .where(listFilters(filters))
    .orderBy('postmortems.created_at')
    .orderBy('postmortems.id');
}
