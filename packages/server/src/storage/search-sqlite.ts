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
 * is lower for better matches; the score is its negation.
 */
export const sqliteSearch: SearchEngine = {
  async rank(db, query, { filters, viewer, limit, offset }) {
    // CROSS JOIN fixes SQLite's join order: the full-text match drives, and each match is
    // looked up by key. Left to itself, the planner may walk every live postmortem and run
    // the MATCH once per row, which is fine for ten rows and ruinous for 100,000.
    const rows = await db
      .selectFrom('postmortem_search')
      .crossJoin('postmortem_search_keys')
      .crossJoin('postmortems')
      .whereRef('postmortem_search_keys.doc', '=', 'postmortem_search.rowid')
      .whereRef('postmortems.id', '=', 'postmortem_search_keys.postmortem_id')
      .select(['postmortems.id as id', 'postmortem_search.rank as rank'])
      .where(sql<SqlBool>`postmortem_search MATCH ${toFts5(query)}`)
      .where('postmortems.deleted_at', 'is', null)
      .where(canSee(viewer))
      .where(listFilters(filters))
      .orderBy('rank')
      .orderBy('postmortems.id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({ id: r.id, score: -r.rank }));
  },

  async mark(db, query, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('postmortem_search')
      .innerJoin('postmortem_search_keys', 'postmortem_search_keys.doc', 'postmortem_search.rowid')
      .select([
        'postmortem_search_keys.postmortem_id as id',
        sql<string>`highlight(postmortem_search, 0, ${MATCH_START}, ${MATCH_END})`.as('title'),
        sql<string>`snippet(postmortem_search, 1, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS})`.as(
          'snippet',
        ),
      ])
      .where(sql<SqlBool>`postmortem_search MATCH ${toFts5(query)}`)
      .where('postmortem_search_keys.postmortem_id', 'in', ids)
      .execute();
    return new Map<string, MarkedMatch>(
      rows.map((r) => [r.id, { title: r.title, snippet: r.snippet ?? '' }]),
    );
  },
};
