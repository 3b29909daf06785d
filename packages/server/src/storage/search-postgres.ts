import { sql } from 'kysely';
import type { RawBuilder, SqlBool } from 'kysely';
import { canSee } from './viewer.js';
import { listFilters } from './list-filters.js';
import { toTsquery } from './search-expression.js';
import type { SearchQuery } from './search-query.js';
import type { MarkedMatch, SearchEngine } from './search-engine.js';
import { MATCH_END, MATCH_START } from './search-highlight.js';

/**
 * ts_rank_cd normalisation 1: divide by 1 + log(document length), so that a long document
 * does not win by length alone (bm25 on SQLite does the same kind of thing).
 */
const RANK_NORMALISATION = 1;

const TITLE_OPTIONS = `HighlightAll=true, StartSel="${MATCH_START}", StopSel="${MATCH_END}"`;
const SNIPPET_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxFragments=2, MaxWords=24, MinWords=12, ShortWord=2, FragmentDelimiter=" … "`;

function tsquery(query: SearchQuery): RawBuilder<unknown> {
  return sql`to_tsquery('english'::regconfig, ${toTsquery(query)})`;
}

/**
 * PostgreSQL: the generated, GIN-indexed `postmortems.search_vector` (title A, labels B, body
 * D), ranked by ts_rank_cd with its default weights (A 1.0, B 0.4, D 0.1). The GIN index finds
 * the matches; the window (the newest ones the viewer may see that pass the filters) is cut
 * before ts_rank_cd reads any vector, so ranking reads at most the window's vectors.
 */
export const postgresSearch: SearchEngine = {
  async rank(db, query, { filters, viewer, limit, offset, window }) {
    const q = tsquery(query);
    // The window carries each row's vector out with it, so ts_rank_cd reads the window's
    // vectors only. Joining the window back to postmortems instead let the planner rank every
    // row of the table (a parallel seq scan computing ts_rank_cd 100,000 times) before the join.
    const newest = db
      .selectFrom('postmortems')
      .select(['postmortems.id as id', sql<string>`postmortems.search_vector`.as('vector')])
      .where(sql<SqlBool>`postmortems.search_vector @@ ${q}`)
      .where('postmortems.deleted_at', 'is', null)
      .where(canSee(viewer))
      .where(listFilters(filters))
      .orderBy('postmortems.created_at', 'desc')
      .orderBy('postmortems.id', 'desc')
      .limit(window);
    const rows = await db
      .selectFrom(newest.as('w'))
      .select([
        'w.id',
        sql<number>`ts_rank_cd(w.vector, ${q}, ${sql.lit(RANK_NORMALISATION)})`.as('rank'),
      ])
      .orderBy('rank', 'desc')
      .orderBy('w.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => r.id);
  },

  async mark(db, query, ids) {
    if (ids.length === 0) return new Map();
    const q = tsquery(query);
    const rows = await db
      .selectFrom('postmortems')
      .select([
        'postmortems.id as id',
        sql<string>`ts_headline('english'::regconfig, postmortems.title, ${q}, ${TITLE_OPTIONS})`.as(
          'title',
        ),
        sql<string>`ts_headline('english'::regconfig, hindsight_search_body(postmortems.model), ${q}, ${SNIPPET_OPTIONS})`.as(
          'snippet',
        ),
      ])
      .where('postmortems.id', 'in', ids)
      .execute();
    return new Map<string, MarkedMatch>(
      rows.map((r) => [r.id, { title: r.title, snippet: r.snippet ?? '' }]),
    );
  },
};
