import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DialectAdapter } from './dialect/dialect-adapter.js';
import { SUMMARY_COLUMNS, toSummary } from './row-mappers.js';
import {
  MAX_SEARCH_OFFSET,
  decodeSearchCursor,
  encodeSearchCursor,
  searchFingerprint,
} from './search-cursor.js';
import { RANK_WINDOW } from './search-engine.js';
import type { SearchEngine } from './search-engine.js';
import { toHighlightedText } from './search-highlight.js';
import type { HighlightedText } from './search-highlight.js';
import { checkSearchFilters, checkSearchPage, checkSearchText } from './search-options.js';
import { postgresSearch } from './search-postgres.js';
import { parseSearchQuery } from './search-query.js';
import { sqliteSearch } from './search-sqlite.js';
import type { Page, PostmortemSummary } from './stored-postmortem.js';
import type { Viewer } from './viewer.js';

/** One search result: the postmortem's list row, its score, and where the query matched. */
export interface SearchHit {
  readonly postmortem: PostmortemSummary;
  /**
   * Higher is better, between 0 and 1: the result's place in the ranking (1 for the best),
   * the same on both dialects. Not the engine's relevance figure: SQLite's bm25 weighs words
   * by how many postmortems hold them, hidden ones included, so its value would tell a reader
   * how often a word occurs in postmortems they may not see (docs/search.md).
   */
  readonly score: number;
  /** The title with the matched words marked. */
  readonly title: HighlightedText;
  /** A short passage of the body around the matches (its start when only the title matched). */
  readonly snippet: HighlightedText;
}

/** The page and the reader of a search. */
export interface SearchOptions {
  readonly viewer: Viewer;
  /** 1 to 50, default 20. */
  readonly limit?: number | undefined;
  readonly cursor?: string | undefined;
}

const ENGINES: Record<DialectAdapter['capabilities']['fullTextSearch'], SearchEngine> = {
  fts5: sqliteSearch,
  tsvector: postgresSearch,
};

/**
 * Full-text search over the live postmortems `viewer` may see, best matches first.
 *
 * `query` is what a person types: words, `"quoted phrases"`, `-excluded` terms, `prefix*`
 * and `OR` between two terms (docs/search.md). It is parsed here and rebuilt in each engine's
 * syntax from letters and digits only, so no input is ever read as MATCH or tsquery syntax.
 * `filters` are the postmortem list's (status, severity, service, team, tag, author, from,
 * to). Throws `invalid_input` naming `q`, a filter, `limit` or `cursor` when one is wrong.
 *
 * @example
 * const page = await searchPostmortems(db, adapter, 'dns -test', { severity: 'high' }, { viewer });
 */
export async function searchPostmortems(
  db: Kysely<Database>,
  adapter: DialectAdapter,
  query: string,
  filters: unknown,
  options: SearchOptions,
): Promise<Page<SearchHit>> {
  const text = checkSearchText(query);
  const checkedFilters = checkSearchFilters(filters);
  const { limit, cursor } = checkSearchPage({ limit: options.limit, cursor: options.cursor });
  const parsed = parseSearchQuery(text);
  const fingerprint = searchFingerprint([parsed, checkedFilters]);
  const offset = cursor === undefined ? 0 : decodeSearchCursor(cursor, fingerprint);
  const engine = ENGINES[adapter.capabilities.fullTextSearch];

  const ranked = await engine.rank(db, parsed, {
    filters: checkedFilters,
    viewer: options.viewer,
    limit: limit + 1,
    offset,
    window: RANK_WINDOW,
  });
  const ids = ranked.slice(0, limit);
  const [rows, marked] = await Promise.all([
    ids.length === 0
      ? []
      : db.selectFrom('postmortems').select(SUMMARY_COLUMNS).where('id', 'in', ids).execute(),
    engine.mark(db, parsed, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: SearchHit[] = [];
  ids.forEach((id, i) => {
    const row = byId.get(id);
    // Gone between the two reads (purged): leave it out rather than fail the search.
    if (row === undefined) return;
    const marks = marked.get(id);
    items.push({
      postmortem: toSummary(row, adapter),
      score: (RANK_WINDOW - offset - i) / RANK_WINDOW,
      title: toHighlightedText(marks?.title ?? row.title),
      snippet: toHighlightedText(marks?.snippet ?? ''),
    });
  });
  const next = offset + limit;
  return {
    items,
    nextCursor:
      ranked.length > limit && next <= MAX_SEARCH_OFFSET
        ? encodeSearchCursor(next, fingerprint)
        : null,
  };
}
