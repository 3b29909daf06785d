import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { ListFilters } from './list-filters.js';
import { MAX_SEARCH_OFFSET } from './search-cursor.js';
import { MAX_SEARCH_LIMIT } from './search-options.js';
import type { SearchQuery } from './search-query.js';
import type { Viewer } from './viewer.js';

/**
 * How many matches a search ranks at most: the newest ones the viewer may see that pass the
 * filters. Ranking every match of a common word (tens of thousands at 100,000 postmortems)
 * cost seconds; this bounds the work per query. It equals the deepest result paging reaches
 * (`MAX_SEARCH_OFFSET` plus the largest page), so every result a cursor can reach is ranked
 * within the same window. docs/search.md describes the trade-off.
 */
export const RANK_WINDOW = MAX_SEARCH_OFFSET + MAX_SEARCH_LIMIT;

/** The marked-up title and snippet of a match (markers as in `search-highlight.ts`). */
export interface MarkedMatch {
  readonly title: string;
  readonly snippet: string;
}

/**
 * What differs between the dialects' full-text engines. Search asks the engine for one page
 * of ids, best first: the engine takes the newest `window` matches the viewer may see that
 * pass the filters (all of them when there are fewer), ranks only those, and cuts the page.
 * Then it asks for the title and snippet of only the page, so the costly highlighting runs
 * on a page, not on every match.
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
      /** How many of the newest matches are ranked ({@link RANK_WINDOW}). */
      readonly window: number;
    },
  ): Promise<string[]>;
  mark(
    db: Kysely<Database>,
    query: SearchQuery,
    ids: readonly string[],
  ): Promise<Map<string, MarkedMatch>>;
}
