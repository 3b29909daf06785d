import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { ListFilters } from './list-filters.js';
import type { SearchQuery } from './search-query.js';
import type { Viewer } from './viewer.js';

/** One ranked match: the postmortem's id and its score (higher is better). */
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
}

/** The marked-up title and snippet of a match (markers as in `search-highlight.ts`). */
export interface MarkedMatch {
  readonly title: string;
  readonly snippet: string;
}

/**
 * What differs between the dialects' full-text engines. Search asks the engine for one page
 * of ranked ids (filters and the viewer applied in the same query), then for the title and
 * snippet of only those, so the costly highlighting runs on a page, not on every match.
 */
export interface SearchEngine {
  rank(
    db: Kysely<Database>,
    query: SearchQuery,
    page: {
      readonly filters: ListFilters;
      readonly viewer: Viewer;
      readonly limit: number;
      readonly offset: number;
    },
  ): Promise<RankedMatch[]>;
  mark(
    db: Kysely<Database>,
    query: SearchQuery,
    ids: readonly string[],
  ): Promise<Map<string, MarkedMatch>>;
}
