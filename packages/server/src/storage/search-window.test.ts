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
  },
  { now: () => new Date((tick += 60_000)) },
);
