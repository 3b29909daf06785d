import { useCallback } from 'react';
import type { ListQuery } from '../api/hindsight-api.js';
import { useApp } from '../app/app-context.js';
import { hasRole } from '../app/permissions.js';
import { usePageTitle } from '../app/use-page-title.js';
import { ErrorAlert } from '../components/error-alert.js';
import { VirtualList } from '../components/virtual-list.js';
import { usePagedList } from '../lib/use-paged-list.js';
import { Link } from '../router/link.js';
import { navigate } from '../router/router.js';
import { hrefOf } from '../router/routes.js';
import type { LibraryQuery } from '../router/routes.js';
import { LibraryFilters } from './library/library-filters.js';
import { libraryListQuery } from './library/library-query.js';
import { PostmortemRow } from './library/postmortem-row.js';
import type { LibraryItem } from './library/postmortem-row.js';
import './library/library.css';

// The search API returns at most 50 hits a page.
const SEARCH_PAGE_SIZE = 50;
// Fixed, so the windowed list can place rows without measuring them (library.css fits it).
const ROW_HEIGHT = 104;

/** All postmortems the reader may see: search, filters, order, and a windowed list. */
export function LibraryPage({ query }: { readonly query: LibraryQuery }) {
  usePageTitle(query.q ? `Search: ${query.q}` : 'Library');
  const { api, session } = useApp();
  const key = hrefOf({ name: 'library', query });

  const fetchPage = useCallback(
    async (cursor: string | null, signal: AbortSignal) => {
      const { sort: _sort, ...params } = apiQuery(query);
      if (query.q) {
        // Search results come in order of relevance: the sort applies to the plain list only.
        const page = await api.search({ ...params, limit: SEARCH_PAGE_SIZE, cursor }, signal);
        const items = page.items.map((hit): LibraryItem => ({
          summary: hit.postmortem,
          title: hit.title,
          snippet: hit.snippet,
        }));
        return { items, nextCursor: page.nextCursor };
      }
      const page = await api.postmortems.list(libraryListQuery(query, cursor), signal);
      return {
        items: page.items.map((summary): LibraryItem => ({ summary })),
        nextCursor: page.nextCursor,
      };
    },
    [api, query],
  );
  const list = usePagedList<LibraryItem>(key, fetchPage);
  const canCreate = hasRole(session, 'editor');

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Library</h1>
          <p className="page-lede">Every postmortem you may read, newest first.</p>
        </div>
        {canCreate && (
          <Link to={{ name: 'newPostmortem' }} className="button button-primary">
            New postmortem
          </Link>
        )}
      </div>
      <LibraryFilters
        query={query}
        onChange={(next) => navigate(hrefOf({ name: 'library', query: next }), { replace: true })}
      />
      <ErrorAlert error={list.error} title="The list could not be loaded" />
      <p className="list-status" role="status" aria-live="polite">
        {list.loading && list.items.length === 0
          ? 'Loading postmortems…'
          : `${list.items.length}${list.done ? '' : '+'} ${list.items.length === 1 ? 'postmortem' : 'postmortems'}${query.q ? ` match “${query.q}”` : ''}`}
      </p>
      {!list.loading && !list.error && list.items.length === 0 ? (
        <p className="empty-state">
          {Object.keys(query).length > 0
            ? 'Nothing matches. Try fewer filters or other words.'
            : 'No postmortems yet.'}
        </p>
      ) : (
        <VirtualList
          items={list.items}
          rowHeight={ROW_HEIGHT}
          getKey={(item) => item.summary.id}
          renderRow={(item) => <PostmortemRow item={item} />}
          onNearEnd={list.loadMore}
          label="Postmortems"
        />
      )}
      {!list.done && list.items.length > 0 && (
        <div className="load-more">
          <button type="button" className="button" onClick={list.loadMore} disabled={list.loading}>
            {list.loading ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </>
  );
}

/** The library's URL query as the API's list parameters. */
function apiQuery(query: LibraryQuery): ListQuery {
  const { q, sort, ...filters } = query;
  return { ...filters, ...(q ? { q } : {}), ...(sort ? { sort } : {}) };
}
