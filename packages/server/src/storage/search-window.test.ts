import { describe, expect, it } from 'vitest';
import type { SearchEngine } from './search-engine.js';
import { checkSearchFilters } from './search-options.js';
import { postgresSearch } from './search-postgres.js';
import { parseSearchQuery } from './search-query.js';
import { sqliteSearch } from './search-sqlite.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';
import type { Viewer } from './viewer.js';

const sam: Viewer = {
  kind: 'user',
  id: 'id-sam',
  username: 'sam',
  aliases: [],
  role: 'viewer',
  teams: [],
};

let tick = Date.parse('2024-05-01T00:00:00Z');

forEachDialect(
  'search ranks a window of the newest matches',
  (ctx) => {
    const engine = (): SearchEngine =>
      ctx.handle.adapter.capabilities.fullTextSearch === 'fts5' ? sqliteSearch : postgresSearch;
    const slugOf = new Map<string, string>();
    const rank = async (q: string, window: number, filters: unknown = {}, viewer = sam) => {
      const ids = await engine().rank(ctx.handle.db, parseSearchQuery(q), {
        filters: checkSearchFilters(filters),
        viewer,
        limit: 10,
        offset: 0,
        window,
      });
      return ids.map((id) => slugOf.get(id));
    };

    describe('with four postmortems about zebras, created oldest first', () => {
      it('ranks all matches when the window holds them, and only the newest otherwise', async () => {
        // Oldest first: the best match (zebra in its title), two weaker ones, then a restricted
        // one sam may not see, which must not take a place in sam's window.
        const docs = [
          buildModel({ slug: 'best', title: 'Zebra outage', severity: 'high' }),
          buildModel({
            slug: 'weak-1',
            title: 'Disk full',
            severity: 'low',
            sections: [{ kind: 'summary', heading: 'Summary', level: 2, body: 'A zebra.' }],
          }),
          buildModel({
            slug: 'weak-2',
            title: 'Queue lag',
            severity: 'low',
            sections: [{ kind: 'summary', heading: 'Summary', level: 2, body: 'The zebra.' }],
          }),
          buildModel({
            slug: 'hidden',
            title: 'Zebra zebra zebra',
            visibility: 'restricted',
            authors: ['ada'],
          }),
        ];
        for (const model of docs) {
          const stored = await ctx.store.create(model, { actor: 'cleo' });
          slugOf.set(stored.id, stored.slug);
        }
        expect(await rank('zebra', 100)).toEqual(['best', expect.any(String), expect.any(String)]);
        expect((await rank('zebra', 2)).sort()).toEqual(['weak-1', 'weak-2']);
        // The filters choose the window too: the oldest high-severity match is still found.
        expect(await rank('zebra', 1, { severity: ['high'] })).toEqual(['best']);
        // Someone the restricted one names sees it ranked first within the same window size.
        const ada: Viewer = { ...sam, id: 'id-ada', username: 'ada' };
        expect(await rank('zebra', 2, {}, ada)).toEqual(['hidden', 'weak-2']);
      });
    });

    describe('with 40 postmortems, more than the span the first try looks at', () => {
      it('finds the same window for a word in all of them, in the oldest few, and under a filter', async () => {
        // With a window of 2, PostgreSQL first looks among the newest 32 live postmortems
        // (search-postgres.ts, SPAN); narwhal is in the newest and the three oldest, so that range
        // holds one narwhal, not a full window. Only the oldest is critical. SQLite has one path;
        // it must agree.
        for (let i = 0; i < 40; i++) {
          const stored = await ctx.store.create(
            buildModel({
              slug: `walrus-${i}`,
              title: `Incident ${i}`,
              severity: i === 0 ? 'critical' : 'low',
              sections: [
                {
                  kind: 'summary',
                  heading: 'Summary',
                  level: 2,
                  body: i < 3 || i === 39 ? 'A walrus and a narwhal.' : 'A walrus.',
                },
              ],
            }),
            { actor: 'cleo' },
          );
          slugOf.set(stored.id, stored.slug);
        }
        expect((await rank('walrus', 2)).sort()).toEqual(['walrus-38', 'walrus-39']);
        expect((await rank('narwhal', 2)).sort()).toEqual(['walrus-2', 'walrus-39']);
        expect((await rank('narwhal', 5)).sort()).toEqual([
          'walrus-0',
          'walrus-1',
          'walrus-2',
          'walrus-39',
        ]);
        expect(await rank('walrus', 2, { severity: ['critical'] })).toEqual(['walrus-0']);
        // A page past a full window is empty, as it was before the first try existed.
        const past = await engine().rank(ctx.handle.db, parseSearchQuery('walrus'), {
          filters: checkSearchFilters({}),
          viewer: sam,
          limit: 10,
          offset: 2,
          window: 2,
        });
        expect(past).toEqual([]);
      });

      it('still finds the window once the newest are trashed after the span start was read', async () => {
        // PostgreSQL keeps where the span starts for a while (walrus-8, the 32nd newest of 44);
        // trashing the 31 newest moves the real start back, so the kept one now bounds a range
        // with one live walrus only. The window is not full there, and the unbounded query must
        // give the right one.
        expect((await rank('walrus', 2)).sort()).toEqual(['walrus-38', 'walrus-39']);
        for (let i = 9; i < 40; i++) {
          const id = [...slugOf].find(([, slug]) => slug === `walrus-${i}`)?.[0] ?? '';
          await ctx.store.softDelete(id, { actor: 'cleo' });
        }
        expect((await rank('walrus', 2)).sort()).toEqual(['walrus-7', 'walrus-8']);
        expect((await rank('narwhal', 5)).sort()).toEqual(['walrus-0', 'walrus-1', 'walrus-2']);
      });
    });
  },
  { now: () => new Date((tick += 60_000)) },
);
