import { expect, it } from 'vitest';
import { NotFoundError } from './errors.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';
import type { Viewer } from './viewer.js';

function user(username: string, teams: string[] = []): Viewer {
  return { kind: 'user', id: `id-${username}`, username, aliases: [], role: 'viewer', teams };
}

forEachDialect('PostmortemStore.getJson', (ctx) => {
  it('is what get returns, as JSON, by id and by slug', async () => {
    const created = await ctx.store.create(
      buildModel({ title: 'Quotes " and \\ and ünïcode, a line\nbreak' }),
      { actor: 'ada' },
    );
    for (const key of [created.id, created.slug, ` ${created.id.toUpperCase()} `]) {
      const read = await ctx.store.getJson(key);
      expect(JSON.parse(read.json)).toEqual(JSON.parse(JSON.stringify(await ctx.store.get(key))));
      expect(read).toMatchObject({ id: created.id, revision: 1 });
    }
  });

  it('prefers an id over a slug that looks like one, and finds such a slug', async () => {
    const first = await ctx.store.create(buildModel({ title: 'First' }), { actor: 'ada' });
    const second = await ctx.store.create(buildModel({ title: 'Second', slug: first.id }), {
      actor: 'ada',
    });
    expect((await ctx.store.getJson(first.id)).id).toBe(first.id);
    expect((await ctx.store.get(first.id)).id).toBe(first.id);
    await ctx.store.softDelete(first.id, { actor: 'ada' });
    // The id is in the trash now: the key finds the live postmortem whose slug it is.
    expect((await ctx.store.getJson(first.id)).id).toBe(second.id);
    expect((await ctx.store.get(first.id)).id).toBe(second.id);
    expect((await ctx.store.getJson(first.id, { includeDeleted: true })).id).toBe(first.id);
  });

  it('hides a restricted postmortem from those it does not name, like get', async () => {
    const restricted = await ctx.store.create(
      buildModel({ title: 'Secret', visibility: 'restricted', authors: ['ada'], teams: ['sec'] }),
      { actor: 'cleo' },
    );
    for (const [viewer, visible] of [
      [user('ada'), true],
      [user('tom', ['sec']), true],
      [user('cleo'), true],
      [user('sam', ['payments']), false],
    ] as const) {
      const read = ctx.store.getJson(restricted.id, { viewer });
      if (visible) expect((await read).id).toBe(restricted.id);
      else await expect(read).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(ctx.store.getJson('no-such-slug')).rejects.toBeInstanceOf(NotFoundError);
  });
});
