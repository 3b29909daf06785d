import { describe, expect, it } from 'vitest';
import { hrefOf, parseLocation, safeNext } from './routes.js';
import type { Route } from './routes.js';

describe('routes', () => {
  it('round-trips every route through its URL', () => {
    const routes: Route[] = [
      { name: 'library', query: {} },
      { name: 'library', query: { q: 'disk full', severity: 'high', sort: 'date' } },
      { name: 'setup' },
      { name: 'signIn', next: '/postmortems/abc?x=1' },
      { name: 'signIn', next: null },
      { name: 'newPostmortem' },
      { name: 'postmortem', id: 'a b/ç' },
      { name: 'actionItems', query: {} },
      { name: 'actionItems', query: { owner: 'ada', overdue: 'true' } },
      { name: 'dashboard' },
      { name: 'admin' },
    ];
    for (const route of routes) {
      const url = new URL(hrefOf(route), 'http://x');
      expect(parseLocation(url.pathname, url.search)).toEqual(route);
    }
  });

  it('treats unknown paths as not found and ignores a trailing slash', () => {
    expect(parseLocation('/nope')).toEqual({ name: 'notFound', path: '/nope' });
    expect(parseLocation('/dashboard/')).toEqual({ name: 'dashboard' });
    expect(parseLocation('/postmortems/%E0%A4%A')).toMatchObject({ name: 'notFound' });
  });

  it('drops unknown and empty library parameters', () => {
    expect(parseLocation('/', '?q=&status=draft&evil=1')).toEqual({
      name: 'library',
      query: { status: 'draft' },
    });
  });

  it('only returns to same-origin paths after sign-in', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'x', '/a\nb']) {
      expect(safeNext(bad), bad).toBeNull();
    }
    expect(safeNext('/postmortems/1')).toBe('/postmortems/1');
    expect(parseLocation('/sign-in', '?next=//evil.example')).toEqual({
      name: 'signIn',
      next: null,
    });
  });
});
