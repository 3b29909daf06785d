import type { PostmortemInput } from '@hindsight/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { searchPostmortems } from './search-postmortems.js';
import type { SearchHit } from './search-postmortems.js';
import type { StoredPostmortem } from './stored-postmortem.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';
import { SYSTEM_VIEWER } from './viewer.js';
import type { Viewer } from './viewer.js';

function user(username: string, teams: string[] = []): Viewer {
  return { kind: 'user', id: `id-${username}`, username, aliases: [], role: 'viewer', teams };
}

function withBody(title: string, body: string, overrides: Partial<PostmortemInput> = {}) {
  return buildModel({
    title,
    sections: [{ kind: 'summary', heading: 'Summary', level: 2, body }],
    ...overrides,
  });
}

/** The highlighted parts of a text, lower-cased. */
function marked(t: SearchHit['title']): string[] {
  return t.highlights.map(([s, e]) => t.text.slice(s, e).toLowerCase());
}

forEachDialect('searchPostmortems', (ctx) => {
  const stored: Record<string, StoredPostmortem> = {};
  const search = (
    q: string,
    filters: unknown = {},
    viewer: Viewer = SYSTEM_VIEWER,
    page: { limit?: number; cursor?: string | null | undefined } = {},
  ) =>
    searchPostmortems(ctx.handle.db, ctx.handle.adapter, q, filters, {
      viewer,
      limit: page.limit,
      cursor: page.cursor ?? undefined,
    });
  const slugs = async (q: string, filters: unknown = {}, viewer: Viewer = SYSTEM_VIEWER) =>
    (await search(q, filters, viewer)).items.map((h) => h.postmortem.slug);

  beforeAll(async () => {
    const docs: Record<string, PostmortemInput> = {
      titleDns: withBody(
        'DNS resolver outage',
        'Lookups failed after the resolver was restarted with an empty zone file.',
        { slug: 'title-dns', severity: 'critical', services: ['edge'], date: '2024-01-10' },
      ),
      bodyDns: withBody(
        'Checkout returned errors',
        'A bad deployment of the payment gateway made the checkout fail. Much later, the team found that a stale DNS record also pointed one pod at the old gateway, so the cache miss rate went up.',
        { slug: 'body-dns', severity: 'high', services: ['checkout'], date: '2024-02-10' },
      ),
      deploys: withBody(
        'Queue backlog',
        'Deploying the consumer twice doubled the work. Deployments are now serialised.',
        { slug: 'deploys', severity: 'low', tags: ['queue'], date: '2024-03-10' },
      ),
      restricted: withBody('Secret DNS leak', 'The internal DNS names were exposed.', {
        slug: 'restricted-dns',
        severity: 'medium',
        services: ['vault'],
        date: '2023-06-01',
        visibility: 'restricted',
        authors: ['ada'],
        teams: ['security'],
      }),
      trashed: withBody('Old DNS incident', 'DNS went away for an hour.', { slug: 'trashed-dns' }),
      unicode: withBody(
        'Café crème outage in 東京',
        'Ελλάδα users saw errors 🙂; the naïve retry in the coöperative scheduler made it worse.',
        { slug: 'unicode', tags: ['zürich'] },
      ),
    };
    for (const [key, model] of Object.entries(docs))
      stored[key] = await ctx.store.create(model, { actor: 'cleo' });
    await ctx.store.softDelete(stored['trashed']!.id, { actor: 'cleo' });
  });

  it('ranks a title match above a body match, and leaves out the trash', async () => {
    const found = await slugs('dns');
    expect(found.slice(0, 2).sort()).toEqual(['restricted-dns', 'title-dns']);
    expect(found.slice(2)).toEqual(['body-dns']);
  });

  it('marks the matches in the title and in a snippet of the body', async () => {
    const page = await search('dns gateway');
    const hit = page.items.find((h) => h.postmortem.slug === 'body-dns');
    expect(hit).toBeDefined();
    expect(marked(hit!.snippet)).toEqual(expect.arrayContaining(['dns', 'gateway']));
    expect(hit!.snippet.text.length).toBeLessThan(400);
    expect(hit!.snippet.text).not.toMatch(/[\uE000\uE001]/);
    expect(hit!.title).toEqual({ text: 'Checkout returned errors', highlights: [] });
    const titled = (await search('resolver')).items[0]!;
    expect(titled.postmortem.slug).toBe('title-dns');
    expect(marked(titled.title)).toEqual(['resolver']);
    expect(titled.score).toBeGreaterThan(0);
  });

  it('stems English words and matches prefixes', async () => {
    // Porter (SQLite) and Snowball (PostgreSQL) stem "deployment" differently; both agree here.
    expect(await slugs('deployed')).toContain('deploys');
    expect(await slugs('deploy')).toContain('deploys');
    expect(await slugs('resolv*')).toEqual(['title-dns']);
    expect(await slugs('gatew*')).toEqual(['body-dns']);
  });

  it('matches phrases in order only, and leaves out excluded terms', async () => {
    expect(await slugs('"cache miss"')).toEqual(['body-dns']);
    expect(await slugs('"miss cache"')).toEqual([]);
    expect((await slugs('dns -gateway')).sort()).toEqual(['restricted-dns', 'title-dns']);
    expect((await slugs('dns -"stale dns record"')).sort()).toEqual([
      'restricted-dns',
      'title-dns',
    ]);
    expect(await slugs('dns -"dns stale"')).toContain('body-dns');
    expect(await slugs('queue OR resolver')).toEqual(
      expect.arrayContaining(['deploys', 'title-dns']),
    );
  });

  it('applies the list filters', async () => {
    expect(await slugs('dns', { severity: 'high' })).toEqual(['body-dns']);
    expect(await slugs('dns', { service: ['edge', 'checkout'] })).toEqual([
      'title-dns',
      'body-dns',
    ]);
    expect(await slugs('dns', { from: '2024-02-01', to: '2024-12-31' })).toEqual(['body-dns']);
    expect(await slugs('dns', { team: 'security' })).toEqual(['restricted-dns']);
    expect(await slugs('deploy', { tag: 'queue', status: ['draft'] })).toEqual(['deploys']);
  });

  it('never shows a restricted postmortem to someone it does not name', async () => {
    expect(await slugs('dns', {}, user('sam'))).toEqual(['title-dns', 'body-dns']);
    expect(await slugs('secret', {}, user('sam'))).toEqual([]);
    expect(await slugs('secret', {}, user('ada'))).toEqual(['restricted-dns']);
    expect(await slugs('secret', {}, user('tom', ['security']))).toEqual(['restricted-dns']);
  });

  it('finds odd Unicode: accents, Greek, CJK, emoji neighbours', async () => {
    expect(await slugs('café')).toEqual(['unicode']);
    expect(await slugs('CAFÉ CRÈME')).toEqual(['unicode']);
    expect(await slugs('ελλάδα')).toEqual(['unicode']);
    expect(await slugs('zürich')).toEqual(['unicode']);
    expect(await slugs('naïve')).toEqual(['unicode']);
    // Tokens made of marks only, private-use characters, long runs and other digits are
    // text to both engines: a page, or a 400 on q when nothing is left; never another error.
    for (const q of ['\u0301', '\uE000x', 'a'.repeat(400), '١٢٣', 'ǅungla', 'x\u200Dy', '\uFFFD']) {
      const outcome = await search(q).catch((e: unknown) => e);
      if (outcome instanceof InvalidInputError) expect(outcome.issues[0]?.path).toBe('q');
      else expect(outcome, JSON.stringify(q)).toHaveProperty('items');
    }
    const hit = (await search('ελλάδα')).items[0]!;
    expect(marked(hit.snippet)).toEqual(['ελλάδα']);
  });

  it('takes FTS syntax characters in the query as text, never as syntax', async () => {
    for (const q of [
      'dns*)',
      'NEAR(dns resolver)',
      'title:dns',
      'dns AND NOT',
      '"dns',
      "dns' OR 1=1 --",
      'dns & !resolver | (x)',
      'dns:* <-> x',
      '{dns} ^dns +dns',
      'dns\\',
    ]) {
      const page = await search(q);
      expect(page.items.length, q).toBeGreaterThanOrEqual(0);
    }
    expect(await slugs('(dns)')).toEqual(await slugs('dns'));
    expect(await slugs('dns:*')).toEqual(await slugs('dns'));
  });

  it('refuses a query with nothing to search for, naming q', async () => {
    for (const q of ['', '   ', '*', '-dns', '"" ()']) {
      const error = await search(q).catch((e: unknown) => e);
      expect(error, q).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]?.path).toBe('q');
    }
  });

  it('refuses bad filters and pages, naming the field', async () => {
    const cases: [unknown, { limit?: number; cursor?: string }, string][] = [
      [{ severity: 'huge' }, {}, 'severity'],
      [{ from: '2024-02-30' }, {}, 'from'],
      [{ colour: 'red' }, {}, ''],
      [{}, { limit: 0 }, 'limit'],
      [{}, { limit: 51 }, 'limit'],
      [{}, { cursor: 'nonsense' }, 'cursor'],
    ];
    for (const [filters, page, path] of cases) {
      const error = await search('dns', filters, SYSTEM_VIEWER, page).catch((e: unknown) => e);
      expect(error, JSON.stringify([filters, page])).toBeInstanceOf(InvalidInputError);
      if (path !== '') expect((error as InvalidInputError).issues[0]?.path).toBe(path);
    }
  });

  it('pages through results with a cursor bound to its search', async () => {
    const all = await slugs('dns');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search('dns', {}, SYSTEM_VIEWER, { limit: 1, cursor });
      seen.push(...page.items.map((h) => h.postmortem.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual(all);
    const first = await search('dns', {}, SYSTEM_VIEWER, { limit: 1 });
    const error = await search('resolver', {}, SYSTEM_VIEWER, {
      limit: 1,
      cursor: first.nextCursor,
    }).catch((e: unknown) => e);
    expect((error as InvalidInputError).issues[0]).toMatchObject({ path: 'cursor' });
  });

  it('gives a reader the same page, scores included, whatever restricted postmortems hold', async () => {
    // bm25 weighs a word by how many postmortems hold it, hidden ones included: a score
    // taken from it would move when someone adds restricted postmortems about that word.
    const before = await search('dns', {}, user('sam'));
    for (const n of [1, 2, 3])
      await ctx.store.create(
        withBody(`DNS DNS secret ${n}`, 'DNS dns DNS, all about DNS.', {
          slug: `hidden-dns-${n}`,
          visibility: 'restricted',
          authors: ['ada'],
        }),
        { actor: 'ada' },
      );
    expect(await search('dns', {}, user('sam'))).toEqual(before);
    expect((await slugs('dns', {}, user('ada'))).slice(0, 3).sort()).toEqual([
      'hidden-dns-1',
      'hidden-dns-2',
      'hidden-dns-3',
    ]);
  });

  describe('keeps the index in step with writes', () => {
    it('re-indexes an update, and finds a restored postmortem again', async () => {
      const created = await ctx.store.create(withBody('Kafka lag', 'Consumers fell behind.'), {
        actor: 'cleo',
      });
      expect(await slugs('kafka')).toEqual([created.slug]);
      const updated = await ctx.store.update(
        created.id,
        { ...created.model, title: 'Broker lag', slug: undefined },
        { actor: 'cleo', baseRevision: created.revision },
      );
      expect(await slugs('kafka')).toEqual([]);
      expect(await slugs('broker')).toEqual([updated.slug]);
      await ctx.store.softDelete(created.id, { actor: 'cleo' });
      expect(await slugs('broker')).toEqual([]);
      await ctx.store.restore(created.id, { actor: 'cleo' });
      expect(await slugs('broker')).toEqual([updated.slug]);
    });
  });
});
