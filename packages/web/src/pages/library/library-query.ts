import type { ListQuery } from '../../api/hindsight-api.js';
import type { LibraryQuery } from '../../router/routes.js';

/** Rows a page of the plain list holds. */
export const LIBRARY_PAGE_SIZE = 100;

/**
 * The parameters of `GET /api/postmortems` for the library's URL query and a cursor. One
 * function for the page and the boot prefetch, so both build the same URL to the byte.
 */
export function libraryListQuery(query: LibraryQuery, cursor: string | null): ListQuery {
  const { q: _q, sort, ...filters } = query;
  return { ...filters, sort, limit: LIBRARY_PAGE_SIZE, cursor };
}
