import { beforeAll, expect, it } from 'vitest';
import { buildModel } from '../storage/test-support/build-model.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { InsightsStore } from './insights-store.js';

const TITLES = [
  'Checkout failed after a config push',
  'Checkout errors after a config push again',
  'Search index lag after a disk filled up',
  'Payments timed out when the database failover stalled',
  'Login errors after a certificate expired',
  'Checkout latency after a cache config change',
];

forEachDialect('similar incidents kept up to date from the changed postmortems', (ctx) => {
  let ids: string[];

  beforeAll(async () => {
    ids = [];
    for (const [i, title] of TITLES.entries()) {
      const created = await ctx.store.create(
        buildModel({ title, services: [i % 2 === 0 ? 'checkout' : 'payments'] }),
        { actor: 'ada' },
      );
      ids.push(created.id);
    }
  });

  /** What an index built now from every row suggests, for each postmortem. */
  const fromScratch = async (): Promise<unknown[]> => {
    const fresh = new InsightsStore(ctx.handle);
    const out = [];
    for (const id of ids) {
      const found = await fresh.similar(id, {}, { minScore: 0, limit: 50 }).catch(() => null);
      out.push(found);
    }
    return out;
  };
  const kept = async (insights: InsightsStore): Promise<unknown[]> => {
    const out = [];
    for (const id of ids)
      out.push(await insights.similar(id, {}, { minScore: 0, limit: 50 }).catch(() => null));
    return out;
  };

  it('gives after an edit, a deletion and a restore what a full rebuild gives', async () => {
    const insights = new InsightsStore(ctx.handle);
    const before = await kept(insights);
    expect(before).toEqual(await fromScratch());

    const edited = await ctx.store.get(ids[2] as string);
    await ctx.store.update(
      ids[2] as string,
      { ...edited.model, title: 'Checkout failed after a config push to the cache' },
      { actor: 'ada', baseRevision: edited.revision },
    );
    const afterEdit = await kept(insights);
    expect(afterEdit).toEqual(await fromScratch());
    expect(afterEdit).not.toEqual(before);

    // Deleted then restored: back in its place in the creation order, which breaks ties.
    await ctx.store.softDelete(ids[1] as string, { actor: 'ada' });
    expect(await kept(insights)).toEqual(await fromScratch());
    await ctx.store.restore(ids[1] as string, { actor: 'ada' });
    expect(await kept(insights)).toEqual(await fromScratch());
    expect(await kept(insights)).toEqual(afterEdit);
  });
});
