import type { PostmortemInput, Severity, Status } from '@hindsight/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SORTS } from './list-options.js';
import type { ListOptions, SortKey } from './list-options.js';
import { PostmortemStore } from './postmortem-store.js';
import type { PostmortemSummary, StoredPostmortem } from './stored-postmortem.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

const COUNT = 50;
const STATUSES: Status[] = ['draft', 'in-review', 'published', 'archived'];
const SEVERITIES: (Severity | undefined)[] = ['critical', 'high', 'medium', 'low', undefined];
const TOPICS = ['api gateway', 'Billing', 'cache', 'DNS', 'edge', 'Feature flags', 'gRPC'];
const SERVICES = [['checkout'], ['search'], ['checkout', 'search'], []];

/** A varied, deterministic postmortem: ties in dates and severities, missing values, mixed case. */
function generated(i: number): PostmortemInput {
  const severity = SEVERITIES[i % 5];
  const date = i % 10 === 9 ? undefined : `2024-0${1 + (i % 5)}-15`;
  return buildModel({
    title: `${TOPICS[i % TOPICS.length]} incident ${String(i).padStart(2, '0')}`,
    status: STATUSES[i % 4]!,
    ...(severity ? { severity } : { severity: undefined }),
    ...(date ? { date } : { date: undefined }),
    services: SERVICES[i % 3]!,
    teams: [i % 2 === 0 ? 'platform' : 'payments'],
    tags: i % 6 === 0 ? ['dns', 'config'] : ['config'],
    authors: [`author-${i % 3}`],
  });
}

const RANK: Record<string, number> = { critical: 1, high: 2, medium: 3, low: 4 };

/** The sort key of a stored postmortem, computed here independently of the database. */
function keyOf(p: StoredPostmortem, sort: SortKey): string | number {
  switch (sort) {
    case 'updated':
      return p.updatedAt;
    case 'created':
      return p.createdAt;
    case 'date':
      return p.model.date ?? '';
    case 'title':
      return p.model.title.toLowerCase();
    case 'severity':
      return p.model.severity ? (RANK[p.model.severity] ?? 5) : 5;
    case 'deleted':
      return p.deletedAt ?? '';
  }
}

function expectedOrder(all: StoredPostmortem[], sort: SortKey, order: 'asc' | 'desc'): string[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...all]
    .sort((a, b) => {
      const ka = keyOf(a, sort);
      const kb = keyOf(b, sort);
      if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
      return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
    })
    .map((p) => p.id);
}

async function collect(store: PostmortemStore, options: ListOptions): Promise<PostmortemSummary[]> {
  const out: PostmortemSummary[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await store.list({ ...options, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

forEachDialect('PostmortemStore.list', (ctx) => {
  let store: PostmortemStore;
  const all: StoredPostmortem[] = [];

  beforeAll(async () => {
    // A clock that ticks a second per write, so that updated and created times are distinct.
    let tick = Date.parse('2024-06-01T00:00:00Z');
    store = new PostmortemStore(ctx.handle, { now: () => new Date((tick += 1000)) });
    for (let i = 0; i < COUNT; i++) all.push(await store.create(generated(i), { actor: 'gen' }));
  });

  describe('sorting and cursor pagination', () => {
    const sorts = (Object.keys(SORTS) as SortKey[]).filter((s) => s !== 'deleted');
    for (const sort of sorts) {
      for (const order of ['asc', 'desc'] as const) {
        it(`by ${sort} ${order}: pages of 7 give every row once, in (key, id) order`, async () => {
          const rows = await collect(store, { sort, order, limit: 7 });
          expect(rows.map((r) => r.id)).toEqual(expectedOrder(all, sort, order));
        });
      }
    }

    it('defaults to the most recently updated first, 50 to a page', async () => {
      const page = await store.list();
      expect(page.items).toHaveLength(50);
      expect(page.items.map((r) => r.id)).toEqual(expectedOrder(all, 'updated', 'desc'));
      expect(page.nextCursor).toBeNull();
    });

    it('uses each sort’s usual direction when no order is given', async () => {
      const rows = await collect(store, { sort: 'severity', limit: 9 });
      expect(rows.map((r) => r.id)).toEqual(expectedOrder(all, 'severity', 'asc'));
    });

    it('neither repeats nor skips rows when one is added between pages', async () => {
      const first = await store.list({ sort: 'title', limit: 10 });
      const added = await store.create(buildModel({ title: 'AAA added meanwhile' }), {
        actor: 'gen',
      });
      try {
        const rest = await collect(store, { sort: 'title', limit: 10, cursor: first.nextCursor! });
        const ids = [...first.items, ...rest].map((r) => r.id);
        expect(ids).toEqual(expectedOrder(all, 'title', 'asc'));
      } finally {
        await store.softDelete(added.id, { actor: 'gen' });
      }
    });

    it('refuses a cursor made for another order', async () => {
      const page = await store.list({ sort: 'date', limit: 5 });
      await expect(store.list({ sort: 'title', cursor: page.nextCursor! })).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'cursor' }],
      });
    });
  });

  describe('filters', () => {
    const cases: [string, ListOptions, (p: StoredPostmortem) => boolean][] = [
      ['status', { status: 'published' }, (p) => p.model.status === 'published'],
      [
        'several statuses',
        { status: ['draft', 'archived'] },
        (p) => ['draft', 'archived'].includes(p.model.status),
      ],
      ['severity', { severity: 'critical' }, (p) => p.model.severity === 'critical'],
      ['service', { service: 'search' }, (p) => p.model.services.includes('search')],
      ['team', { team: 'payments' }, (p) => p.model.teams.includes('payments')],
      ['tag', { tag: 'dns' }, (p) => p.model.tags.includes('dns')],
      ['author', { author: 'author-1' }, (p) => p.model.authors.includes('author-1')],
      [
        'date range',
        { from: '2024-02-01', to: '2024-04-15' },
        (p) =>
          p.model.date !== undefined &&
          p.model.date >= '2024-02-01' &&
          p.model.date <= '2024-04-15',
      ],
      [
        'several at once',
        { status: 'draft', service: 'checkout', team: 'platform', from: '2024-01-01' },
        (p) =>
          p.model.status === 'draft' &&
          p.model.services.includes('checkout') &&
          p.model.teams.includes('platform') &&
          p.model.date !== undefined,
      ],
    ];
    for (const [name, options, keep] of cases) {
      it(`by ${name}`, async () => {
        const expected = expectedOrder(all.filter(keep), 'date', 'desc');
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(COUNT);
        const rows = await collect(store, { ...options, sort: 'date', limit: 4 });
        expect(rows.map((r) => r.id)).toEqual(expected);
      });
    }

    it('matches nothing for an unknown service', async () => {
      expect(await store.list({ service: 'nope' })).toEqual({ items: [], nextCursor: null });
    });
  });

  it('gives list rows without the document', async () => {
    const page = await store.list({ sort: 'created', order: 'asc', limit: 1 });
    const first = all[0]!;
    expect(page.items[0]).toEqual({
      id: first.id,
      slug: first.slug,
      title: first.model.title,
      status: first.model.status,
      severity: first.model.severity ?? null,
      visibility: 'internal',
      date: first.model.date ?? null,
      services: first.model.services,
      teams: first.model.teams,
      tags: first.model.tags,
      authors: first.model.authors,
      durationMinutes: 39,
      revision: 1,
      createdAt: first.createdAt,
      updatedAt: first.updatedAt,
      updatedBy: 'gen',
      deletedAt: null,
    });
  });
});
