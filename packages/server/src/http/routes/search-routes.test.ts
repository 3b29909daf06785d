import { beforeAll, expect, it } from 'vitest';
import { buildModel } from '../../storage/test-support/build-model.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';

forEachApp('GET /api/search', (ctx) => {
  beforeAll(async () => {
    await ctx.store.create(
      buildModel({ title: 'Redis eviction storm', slug: 'redis-storm', severity: 'critical' }),
      { actor: 'ada' },
    );
    await ctx.store.create(
      buildModel({ title: 'Redis failover drill', slug: 'redis-drill', severity: 'low' }),
      { actor: 'ada' },
    );
    await ctx.store.create(
      buildModel({
        title: 'Redis credentials leaked',
        slug: 'redis-secret',
        visibility: 'restricted',
        authors: ['ada'],
        teams: ['security'],
      }),
      { actor: 'ada' },
    );
  });

  const get = (url: string, headers: Record<string, string> = asViewer('viewer', 'bob')) =>
    ctx.app.inject({ method: 'GET', url, headers });

  it('finds postmortems, with the list filters, and hides restricted ones', async () => {
    const res = await get('/api/search?q=redis');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { postmortem: { slug: string } }[] }>();
    expect(body.items.map((h) => h.postmortem.slug).sort()).toEqual(['redis-drill', 'redis-storm']);
    const mine = await get('/api/search?q=redis', asViewer('viewer', 'ada'));
    expect(mine.json<{ items: unknown[] }>().items).toHaveLength(3);
    const filtered = await get('/api/search?q=redis&severity=critical&severity=high');
    expect(filtered.json<{ items: { postmortem: { slug: string } }[] }>().items).toMatchObject([
      { postmortem: { slug: 'redis-storm' } },
    ]);
  });

  it('returns highlighted titles as text and ranges', async () => {
    const res = await get('/api/search?q=eviction');
    const [hit] = res.json<{ items: { title: { text: string; highlights: number[][] } }[] }>()
      .items;
    expect(hit?.title).toEqual({ text: 'Redis eviction storm', highlights: [[6, 14]] });
  });

  it('pages with limit and cursor', async () => {
    const first = (await get('/api/search?q=redis&limit=1')).json<{ nextCursor: string }>();
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await get(
      `/api/search?q=redis&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
    );
    expect(second.statusCode).toBe(200);
    expect(second.json<{ nextCursor: string | null }>().nextCursor).toBeNull();
  });

  it.each([
    ['/api/search', 'query.q'],
    ['/api/search?q=', 'query.q'],
    ['/api/search?q=%22%22%20-x', 'query.q'],
    ['/api/search?q=redis&severity=huge', 'query.severity'],
    ['/api/search?q=redis&from=2024-02-30', 'query.from'],
    ['/api/search?q=redis&limit=0', 'query.limit'],
    ['/api/search?q=redis&limit=abc', 'query.limit'],
    ['/api/search?q=redis&cursor=bad', 'query.cursor'],
    ['/api/search?q=redis&colour=red', 'query.colour'],
    [`/api/search?q=${'x'.repeat(501)}`, 'query.q'],
  ])('answers 400 naming the field for %s', async (url, path) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; issues: { path: string }[] } }>();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i) => i.path)).toContain(path);
  });

  it('is described in the OpenAPI document, with its query parameters', async () => {
    const spec = await get('/api/openapi.json');
    const doc = spec.json<{
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    }>();
    const names = (doc.paths['/api/search']?.get?.parameters ?? []).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['q', 'severity', 'from', 'limit', 'cursor']));
  });

  it('answers 401 to nobody', async () => {
    const res = await get('/api/search?q=redis', asViewer('none'));
    expect(res.statusCode).toBe(401);
  });
});
