import { beforeAll, expect, it } from 'vitest';
import { buildModel } from '../../storage/test-support/build-model.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { TEST_VIEWER_HEADER } from '../test-support/test-viewer.js';

const as = (who: string) => ({ [TEST_VIEWER_HEADER]: who });

forEachApp('insights routes', (ctx) => {
  let openId: string;
  let secretId: string;

  beforeAll(async () => {
    const open = await ctx.store.create(
      buildModel({ title: 'Checkout failed after a config push', severity: 'high' }),
      { actor: 'ada' },
    );
    openId = open.id;
    await ctx.store.create(
      buildModel({ title: 'Checkout errors after a config push again', severity: undefined }),
      { actor: 'ada' },
    );
    const secret = await ctx.store.create(
      buildModel({
        title: 'Checkout failed after a config push, secretly',
        severity: 'critical',
        visibility: 'restricted',
        teams: ['vault-team'],
      }),
      { actor: 'ada' },
    );
    secretId = secret.id;
  });

  it('answers the summary with coverage, grouped on request, without what the viewer may not see', async () => {
    const res = await ctx.app.inject({
      url: '/api/insights/summary?groupBy=severity&service=checkout',
      headers: as('viewer:bob'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.count).toBe(2);
    expect(body.metrics.timeToDetect).toMatchObject({ n: 2, median: 7 });
    expect(body.groups.map((g: { key: string | null }) => g.key)).toEqual(['high', null]);
    const team = await ctx.app.inject({
      url: '/api/insights/summary',
      headers: as('viewer:carol:vault-team'),
    });
    expect(team.json().count).toBe(3);
  });

  it('answers factors, recurring causes and action items', async () => {
    for (const url of [
      '/api/insights/factors?severity=high&severity=critical',
      '/api/insights/recurring?threshold=0.3',
      '/api/insights/action-items?today=2024-05-01',
    ]) {
      const res = await ctx.app.inject({ url, headers: as('viewer:bob') });
      expect(res.statusCode, url).toBe(200);
    }
    const items = await ctx.app.inject({
      url: '/api/insights/action-items?today=2024-05-01',
      headers: as('viewer:bob'),
    });
    expect(items.json()).toMatchObject({ today: '2024-05-01', total: 4, overdue: 2 });
  });

  it('suggests similar postmortems the viewer may see, and 404s a target they may not', async () => {
    const res = await ctx.app.inject({
      url: `/api/postmortems/${openId}/similar?minScore=0`,
      headers: as('viewer:bob'),
    });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((i: { id: string }) => i.id);
    expect(ids).toHaveLength(1);
    expect(ids).not.toContain(secretId);
    const hidden = await ctx.app.inject({
      url: `/api/postmortems/${secretId}/similar`,
      headers: as('viewer:bob'),
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('not_found');
  });

  it('rejects bad input with a 400 naming the field, and anonymous requests with a 401', async () => {
    for (const [url, path] of [
      ['/api/insights/summary?groupBy=colour', 'query.groupBy'],
      ['/api/insights/summary?severity=huge', 'query.severity'],
      ['/api/insights/summary?from=2024-02-30', 'query.from'],
      ['/api/insights/action-items?today=yesterday', 'query.today'],
      ['/api/insights/factors?unknown=1', 'query'],
      [`/api/postmortems/x/similar?limit=500`, 'query.limit'],
    ] as const) {
      const res = await ctx.app.inject({ url, headers: as('viewer:bob') });
      expect(res.statusCode, url).toBe(400);
      const issues = res.json().error.issues as { path: string }[];
      expect(
        issues.some((i) => i.path.startsWith(path)),
        `${url}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
    const anonymous = await ctx.app.inject({ url: '/api/insights/summary', headers: as('none') });
    expect(anonymous.statusCode).toBe(401);
  });
});
