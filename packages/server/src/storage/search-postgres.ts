import { sql } from 'kysely';
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { Database } from './database.js';
import { canSee } from './viewer.js';
import { listFilters } from './list-filters.js';
import { toTsquery } from './search-expression.js';
import type { SearchQuery } from './search-query.js';
import type { MarkedMatch, SearchEngine } from './search-engine.js';
import { MATCH_END, MATCH_START } from './search-highlight.js';

type RankPage = Parameters<SearchEngine['rank']>[2];

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
 * How far back the first try looks, in windows: the newest `SPAN × window` live postmortems
 * (16,800). A word in more than about 1 in 16 postmortems fills the window there, and bounding
 * the query by `created_at` lets the planner combine the `created_at` and GIN indexes, or walk
 * the newest rows, instead of visiting every match to keep the newest (tens of thousands of
 * rows for a common word). A rarer word has few matches in the range, so the try costs little,
 * and the second try, unbounded, is cheap because the word is rare. Measured at 100,000
 * postmortems (docs/benchmarks.md, "Search on PostgreSQL"): one try of 16 windows did better
 * than 2 then 16, 4 then 32, or 8.
 */
const SPAN = 16;

/**
 * How long where the span starts is trusted before it is read again. Any starting point gives
 * the right results (`rankWindow`: a full window after it is the whole collection's window,
 * and a window that is not full means the unbounded query), so an old one only costs speed,
 * and the span moves by one postmortem per postmortem created. Reading it walks 16,800 index
 * entries, about 2 ms (14 ms where the table was never vacuumed), on every search otherwise.
 */
const SINCE_TTL_MS = 30_000;

/** Where the span starts, by database and span length, and when that was read. */
const sinceCache = new WeakMap<
  Kysely<Database>,
  Map<number, { readonly since: string; readonly readAt: number }>
>();

/**
 * PostgreSQL: the generated, GIN-indexed `postmortems.search_vector` (title A, labels B, body
 * D), ranked by ts_rank_cd with its default weights (A 1.0, B 0.4, D 0.1). The GIN index finds
 * the matches; the window (the newest ones the viewer may see that pass the filters) is cut
 * before ts_rank_cd reads any vector, so ranking reads at most the window's vectors. The window
 * is looked for among the newest `SPAN` windows' worth of live postmortems first, and among
 * all of them only when that range holds fewer matches than the window.
 */
export const postgresSearch: SearchEngine = {
  async rank(db, query, page) {
    const since = await spanStart(db, SPAN * page.window);
    // Fewer live postmortems than the span: the unbounded query reads no more.
    const bounded = since === undefined ? undefined : await rankWindow(db, query, page, since);
    return bounded ?? (await rankWindow(db, query, page, undefined)) ?? [];
  },

  async mark(db, query, ids) {
    const parts: string[][] = [];
    const size = Math.ceil(ids.length / MARK_PARTS);
    for (let start = 0; start < ids.length; start += size)
      parts.push(ids.slice(start, start + size));
    const marked = await Promise.all(parts.map((part) => markPart(db, query, part)));
    return new Map<string, MarkedMatch>(marked.flat());
  },
};

/**
 * The page is highlighted in this many queries at once, each on a connection of its own, so
 * that PostgreSQL can use as many cores: `ts_headline` over 20 bodies (and rebuilding them
 * from the model) is one backend's work of 10 ms or more, and a query never runs a function
 * over a few rows in parallel by itself.
 */
const MARK_PARTS = 4;

async function markPart(
  db: Kysely<Database>,
  query: SearchQuery,
  ids: readonly string[],
): Promise<[string, MarkedMatch][]> {
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
  return rows.map((r) => [r.id, { title: r.title, snippet: r.snippet ?? '' }]);
}

/** {@link newestLiveSince}, read again once it is {@link SINCE_TTL_MS} old. */
async function spanStart(db: Kysely<Database>, count: number): Promise<string | undefined> {
  let byCount = sinceCache.get(db);
  if (byCount === undefined) sinceCache.set(db, (byCount = new Map()));
  const kept = byCount.get(count);
  const now = Date.now();
  if (kept !== undefined && now - kept.readAt < SINCE_TTL_MS) return kept.since;
  const since = await newestLiveSince(db, count);
  // Fewer live postmortems than the span is not kept: the read is cheap then, and a
  // collection that grows past the span should get the bounded try at once.
  if (since === undefined) byCount.delete(count);
  else byCount.set(count, { since, readAt: now });
  return since;
}

/**
 * The `created_at` of the `count`-th newest live postmortem (undefined when there are fewer),
 * read from the live `(created_at, id)` index alone (migration 0011).
 */
async function newestLiveSince(db: Kysely<Database>, count: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('postmortems')
    .select('created_at')
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .offset(count - 1)
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}

/**
 * One page of the ranked window, or undefined when `since` is given and fewer than `window`
 * matches were created at or after it. Every match left out by `since` is older than every
 * match kept, so a full window found after `since` is the window of the whole collection, and
 * the page is the one the unbounded query gives.
 */
async function rankWindow(
  db: Kysely<Database>,
  query: SearchQuery,
  { filters, viewer, limit, offset, window }: RankPage,
  since: string | undefined,
): Promise<string[] | undefined> {
  const q = tsquery(query);
  // The window carries each row's vector out with it, so ts_rank_cd reads the window's
  // vectors only. Joining the window back to postmortems instead let the planner rank every
  // row of the table (a parallel seq scan computing ts_rank_cd 100,000 times) before the join.
  let newest = db
    .selectFrom('postmortems')
    .select(['postmortems.id as id', sql<string>`postmortems.search_vector`.as('vector')])
    .where(sql<SqlBool>`postmortems.search_vector @@ ${q}`)
    .where('postmortems.deleted_at', 'is', null)
    .where(canSee(viewer))
    .where(listFilters(filters))
    .orderBy('postmortems.created_at', 'desc')
    .orderBy('postmortems.id', 'desc')
    .limit(window);
  if (since !== undefined) newest = newest.where('postmortems.created_at', '>=', since);
  let ranked = db
    .with('w', () => newest)
    .selectFrom('w')
    .select([
      'w.id',
      sql<number>`ts_rank_cd(w.vector, ${q}, ${sql.lit(RANK_NORMALISATION)})`.as('rank'),
    ])
    .orderBy('rank', 'desc')
    .orderBy('w.id')
    .limit(limit)
    .offset(offset);
  // A window that is not full ranks nothing (the next try does). With offset below window, a
  // full window always gives a row, so no rows means "not full" or "past the end"; the
  // unbounded query tells them apart.
  if (since !== undefined)
    ranked = ranked.where(sql<SqlBool>`(select count(*) from w) >= ${window}`);
  const rows = await ranked.execute();
  if (since !== undefined && rows.length === 0) return undefined;
  return rows.map((r) => r.id);
}
