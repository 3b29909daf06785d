import { sql } from 'kysely';
import type { SqlBool } from 'kysely';
import { canSee } from './viewer.js';
import { listFilters } from './list-filters.js';
import { toFts5 } from './search-expression.js';
import type { MarkedMatch, SearchEngine } from './search-engine.js';
import { MATCH_END, MATCH_START } from './search-highlight.js';

/** Tokens of body text around the matches in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 24;

/**
 * SQLite FTS5: `postmortem_search` (title, body, labels) ranked by its configured bm25, which
 * is lower for better matches.
 *
 * Both queries walk the match list newest first (descending FTS rowid, which FTS5 reads
 * without sorting and can stop early), because that is the one cheap order: asking FTS5 for
 * a rowid range or for single rowids makes it seek in every segment of every term's list,
 * which cost 10 to 20 ms a query at 100,000 postmortems, against under 1 ms for the walk.
 */
export const sqliteSearch: SearchEngine = {
  async rank(db, query, { filters, viewer, limit, offset, window }) {
    const match = toFts5(query);
    // The window: the newest matches this viewer may see that pass the filters. CROSS JOIN
    // fixes the join order, so the full-text walk drives and each match is looked up by key;
    // bm25 (the hidden `rank` column) is computed for the window's rows only, and the walk
    // stops once the window is full.
    const newest = db
      .selectFrom('postmortem_search')
      .crossJoin('postmortem_search_keys')
      .crossJoin('postmortems')
      .whereRef('postmortem_search_keys.doc', '=', 'postmortem_search.rowid')
      .whereRef('postmortems.id', '=', 'postmortem_search_keys.postmortem_id')
      .select(['postmortems.id as id', 'postmortem_search.rank as rank'])
      .where(sql<SqlBool>`postmortem_search MATCH ${match}`)
      .where('postmortems.deleted_at', 'is', null)
      .where(canSee(viewer))
      .where(listFilters(filters))
      .orderBy(sql`postmortem_search.rowid`, 'desc')
      .limit(window);
    const rows = await db
      .selectFrom(newest.as('w'))
      .select('w.id')
      .orderBy('w.rank')
      .orderBy('w.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => r.id);
  },

  async mark(db, query, ids) {
    if (ids.length === 0) return new Map();
    // The same newest-first walk, highlighting only the page's rows (the unary + keeps
    // SQLite from turning the IN list into one FTS5 seek per row), and stopping once they
    // are all found. The page comes from the window, so the walk reads at most the window.
    const rows = await db
      .selectFrom('postmortem_search')
      .crossJoin('postmortem_search_keys')
      .whereRef('postmortem_search_keys.doc', '=', 'postmortem_search.rowid')
      .select([
        'postmortem_search_keys.postmortem_id as id',
        sql<string>`highlight(postmortem_search, 0, ${MATCH_START}, ${MATCH_END})`.as('title'),
        sql<string>`snippet(postmortem_search, 1, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS})`.as(
          'snippet',
        ),
      ])
      .where(sql<SqlBool>`postmortem_search MATCH ${toFts5(query)}`)
      .where(
        sql<SqlBool>`+postmortem_search.rowid IN (SELECT doc FROM postmortem_search_keys WHERE postmortem_id IN (${sql.join(ids)}))`,
      )
      .orderBy(sql`postmortem_search.rowid`, 'desc')
      .limit(ids.length)
      .execute();
    return new Map<string, MarkedMatch>(
      rows.map((r) => [r.id, { title: r.title, snippet: r.snippet ?? '' }]),
    );
  },
};
