import { beforeAll, expect, it } from 'vitest';
import { testViewer } from '../http/test-support/test-viewer.js';
import { buildModel } from '../storage/test-support/build-model.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { InsightsStore } from './insights-store.js';

const bob = testViewer('viewer', 'bob');
const carol = testViewer('viewer', 'carol', { teams: ['payments-secret'] });
const TODAY = '2025-06-01';

forEachDialect('insights respect who may see what', (ctx) => {
  let insights: InsightsStore;
  let secretId: string;
  let openId: string;

  beforeAll(async () => {
    insights = new InsightsStore(ctx.handle);
    const open = await ctx.store.create(
      buildModel({ title: 'Checkout failed after a config push', severity: 'high' }),
      { actor: 'ada' },
    );
    openId = open.id;
    await ctx.store.create(buildModel({ title: 'Checkout errors after a config push again' }), {
      actor: 'ada',
    });
    const secret = await ctx.store.create(
      buildModel({
        title: 'Checkout failed after a config push, secretly',
        severity: 'critical',
        visibility: 'restricted',
        teams: ['payments-secret'],
        services: ['vault'],
        actionItems: [{ title: 'Rotate the secret', status: 'open', due: '2024-04-01' }],
      }),
      { actor: 'ada' },
    );
    secretId = secret.id;
  });

  it('leaves a restricted postmortem out of every figure for someone it does not name', async () => {
    const forBob = await insights.summary({ viewer: bob });
    const forCarol = await insights.summary({ viewer: carol });
    expect(forBob.count).toBe(2);
    expect(forBob.severity.critical).toBe(0);
    expect(forBob.services.map((s) => s.name)).not.toContain('vault');
    expect(forCarol.count).toBe(3);
    expect(forCarol.severity.critical).toBe(1);

    const itemsForBob = await insights.actionItems({ viewer: bob }, TODAY);
    expect(itemsForBob.overdueItems.map((o) => o.title)).not.toContain('Rotate the secret');
    expect((await insights.actionItems({ viewer: carol }, TODAY)).total).toBe(
      itemsForBob.total + 1,
    );
    const factors = await insights.factors({ viewer: bob });
    expect(factors.categories.reduce((n, c) => n + c.factors, 0)).toBeLessThanOrEqual(2);
    const recurring = await insights.recurring({ viewer: bob });
    const named = recurring.clusters.flatMap((c) => c.members.map((m) => m.id));
    expect(named).not.toContain(secretId);
  });

  it('counts for such a viewer exactly what the postmortems they may see give', async () => {
    // The restricted one is counted and taken away for bob; a filter that leaves it out
    // reaches the same set the other way.
    const same = { filters: { team: 'payments' } };
    expect(await insights.summary({ viewer: bob })).toEqual(await insights.summary(same));
    for (const groupBy of ['severity', 'service', 'team', 'month'] as const)
      expect(await insights.summary({ viewer: bob }, groupBy)).toEqual(
        await insights.summary(same, groupBy),
      );
    expect(await insights.factors({ viewer: bob })).toEqual(await insights.factors(same));
    // With a filter of its own, the restricted one is left out row by row instead.
    const high = { severity: ['high' as const, 'critical' as const] };
    expect(await insights.summary({ viewer: bob, filters: high }, 'service')).toEqual(
      await insights.summary({ filters: { ...same.filters, ...high } }, 'service'),
    );
    const bySeverity = await insights.summary({ viewer: bob }, 'severity');
    expect(bySeverity.groups?.map((g) => g.key)).not.toContain('critical');
  });

  it('never suggests it as similar, and does not find it as a target', async () => {
    const forBob = await insights.similar(openId, { viewer: bob }, { minScore: 0 });
    expect(forBob.map((s) => s.id)).not.toContain(secretId);
    const forCarol = await insights.similar(openId, { viewer: carol }, { minScore: 0 });
    expect(forCarol.map((s) => s.id)).toContain(secretId);
    await expect(insights.similar(secretId, { viewer: bob })).rejects.toMatchObject({
      code: 'not_found',
    });
    const filtered = await insights.similar(
      openId,
      { viewer: carol, filters: { severity: 'critical' } },
      { minScore: 0 },
    );
    expect(filtered.map((s) => s.id)).toEqual([secretId]);
  });

  it('sees writes made after the index was built, by this process or another', async () => {
    const before = await insights.similar(openId, {}, { minScore: 0, limit: 50 });
    const other = new InsightsStore(ctx.handle);
    const added = await ctx.store.create(
      buildModel({ title: 'Checkout failed after a config push once more' }),
      { actor: 'ada' },
    );
    const after = await insights.similar(openId, {}, { minScore: 0, limit: 50 });
    expect(after.map((s) => s.id)).toContain(added.id);
    expect(after).toHaveLength(before.length + 1);
    await ctx.store.softDelete(added.id, { actor: 'ada' });
    expect(
      (await insights.similar(openId, {}, { minScore: 0, limit: 50 })).map((s) => s.id),
    ).not.toContain(added.id);
    expect(
      (await other.similar(openId, {}, { minScore: 0, limit: 50 })).map((s) => s.id),
    ).not.toContain(added.id);
  });

  it('refuses bad filters and options with the field named', async () => {
    await expect(
      insights.summary({ filters: { severity: 'huge' as 'high' } }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'severity' })],
    });
    await expect(
      insights.summary({ filters: { colour: 'red' } as unknown as { status: 'draft' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(insights.actionItems({}, '2025-02-30')).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(insights.similar(openId, {}, { limit: 0 })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'limit' })],
    });
  });
});
