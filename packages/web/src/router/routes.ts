/**
 * Every page of the app as data. `parseLocation` turns a URL into a route and `hrefOf` turns a
 * route back into a URL, so links are typed and a renamed path cannot leave a stale link.
 */
export type Route =
  | { readonly name: 'library'; readonly query: LibraryQuery }
  | { readonly name: 'setup' }
  | { readonly name: 'signIn'; readonly next: string | null }
  | { readonly name: 'newPostmortem' }
  | { readonly name: 'postmortem'; readonly id: string }
  | { readonly name: 'editPostmortem'; readonly id: string }
  | { readonly name: 'actionItems'; readonly query: ActionItemsQuery }
  | { readonly name: 'dashboard' }
  | { readonly name: 'admin' }
  | { readonly name: 'notFound'; readonly path: string };

export type RouteName = Route['name'];

/** The library's filters, search and order, kept in the URL so a list can be shared. */
export interface LibraryQuery {
  readonly q?: string;
  readonly status?: string;
  readonly severity?: string;
  readonly service?: string;
  readonly team?: string;
  readonly tag?: string;
  readonly author?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: string;
}

/** The action-item board's filters, kept in the URL like the library's. */
export interface ActionItemsQuery {
  readonly owner?: string;
  readonly status?: string;
  readonly overdue?: string;
  readonly sort?: string;
}

export const ACTION_ITEMS_QUERY_KEYS = [
  'owner',
  'status',
  'overdue',
  'sort',
] as const satisfies readonly (keyof ActionItemsQuery)[];

export const LIBRARY_QUERY_KEYS = [
  'q',
  'status',
  'severity',
  'service',
  'team',
  'tag',
  'author',
  'from',
  'to',
  'sort',
] as const satisfies readonly (keyof LibraryQuery)[];

const STATIC: Readonly<Record<string, Route>> = {
  '/setup': { name: 'setup' },
  '/postmortems/new': { name: 'newPostmortem' },
  '/dashboard': { name: 'dashboard' },
  '/admin': { name: 'admin' },
};

/** The route a path and query string show. Unknown paths become `notFound`. */
export function parseLocation(pathname: string, search = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const params = new URLSearchParams(search);
  if (path === '/' || path === '')
    return { name: 'library', query: readQuery(params, LIBRARY_QUERY_KEYS) };
  if (path === '/action-items') {
    return { name: 'actionItems', query: readQuery(params, ACTION_ITEMS_QUERY_KEYS) };
  }
  if (path === '/sign-in') return { name: 'signIn', next: safeNext(params.get('next')) };
  const fixed = STATIC[path];
  if (fixed) return fixed;
  const edit = /^\/postmortems\/([^/]+)\/edit$/.exec(path);
  if (edit?.[1]) {
    const id = safeDecode(edit[1]);
    if (id !== null) return { name: 'editPostmortem', id };
  }
  const match = /^\/postmortems\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    const id = safeDecode(match[1]);
    if (id !== null) return { name: 'postmortem', id };
  }
  return { name: 'notFound', path };
}

/** The URL of a route. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return withQuery('/', queryPairs(route.query, LIBRARY_QUERY_KEYS));
    case 'setup':
      return '/setup';
    case 'signIn':
      return withQuery('/sign-in', route.next ? [['next', route.next]] : []);
    case 'newPostmortem':
      return '/postmortems/new';
    case 'postmortem':
      return `/postmortems/${encodeURIComponent(route.id)}`;
    case 'editPostmortem':
      return `/postmortems/${encodeURIComponent(route.id)}/edit`;
    case 'actionItems':
      return withQuery('/action-items', queryPairs(route.query, ACTION_ITEMS_QUERY_KEYS));
    case 'dashboard':
      return '/dashboard';
    case 'admin':
      return '/admin';
    case 'notFound':
      return route.path;
  }
}

function readQuery<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const query: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) query[key] = value.slice(0, 500);
  }
  return query;
}

function queryPairs<K extends string>(
  query: Partial<Record<K, string>>,
  keys: readonly K[],
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of keys) {
    const value = query[key];
    if (value) pairs.push([key, value]);
  }
  return pairs;
}

function withQuery(path: string, pairs: [string, string][]): string {
  if (pairs.length === 0) return path;
  return `${path}?${new URLSearchParams(pairs).toString()}`;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Only a same-origin path may be a place to return to after signing in, so a crafted link
 * cannot send someone elsewhere (`//evil.example`, `https:…`, `/\evil`).
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  // Control characters could hide a scheme or a host from the checks above.
  for (const ch of next) if (ch.charCodeAt(0) < 0x20) return null;
  return next;
}
