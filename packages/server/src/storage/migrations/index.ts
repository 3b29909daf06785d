import type { Migration } from 'kysely';
import type { DialectAdapter } from '../dialect/dialect-adapter.js';
import { accessLabels } from './access-labels.js';
import { accounts } from './accounts.js';
import { initialSchema } from './initial-schema.js';
import { insightAggregates } from './insight-aggregates.js';
import { insightsSchema } from './insights-schema.js';
import { listIndexes } from './list-indexes.js';
import { searchIndex } from './search-index.js';
import { searchWindowIndex } from './search-window-index.js';
import { workflowSchema } from './workflow-schema.js';

/**
 * Every migration, by name. Names sort in the order they run; a shipped migration is never
 * edited or renamed, only followed by a new one.
 */
export function migrations(adapter: DialectAdapter): Record<string, Migration> {
  return {
    '0001_initial_schema': initialSchema(adapter),
    '0002_access_labels': accessLabels(adapter),
    '0003_accounts': accounts(adapter),
    '0004_search': searchIndex(adapter),
    '0005_workflow': workflowSchema(adapter),
    '0006_insights': insightsSchema(adapter),
    '0009_insight_aggregates': insightAggregates(adapter),
    '0010_list_indexes': listIndexes(),
    '0011_search_window_index': searchWindowIndex(adapter),
  };
}
