import { expect, it } from 'vitest';
import { createDatabase } from './create-database.js';
import { NotFoundError } from './errors.js';
import { PostmortemStore } from './postmortem-store.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';
import type { Viewer } from './viewer.js';

function user(username: string, teams: string[] = []): Viewer {
  return { kind: 'user', id: `id-${username}`, username, aliases: [], role: 'viewer', teams };
}

const textOf = (read: { body: Buffer }): string => read.body.toString('utf8');

for (const [title, storeOptions] of [
  ['PostmortemStore.getJson', {}],
  ['PostmortemStore.getJson with an answer cache', { answerCacheBytes: 1024 * 1024 }],
] as const)
  forEachDialect(
    title,
    (ctx) => {
      it('is what get returns, as JSON, by id and by slug', async () => {
        const created = await ctx.store.create(
          buildModel({ title: 'Quotes " and \\ and ünïcode, a line\nbreak' }),
          { actor: 'ada' },
        );
        for (const key of [created.id, created.slug, ` ${created.id.toUpperCase()} `]) {
          const read = await ctx.store.getJson(key);
          expect(JSON.parse(textOf(read))).toEqual(
            JSON.parse(JSON.stringify(await ctx.store.get(key))),
          );
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
          buildModel({
            title: 'Secret',
            visibility: 'restricted',
            authors: ['ada'],
            teams: ['sec'],
          }),
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
    },
    storeOptions,
  );

forEachDialect(
  'PostmortemStore.getJson: what the answer cache serves is always current',
  (ctx) => {
    it('serves the same bytes again, and a new revision once written', async () => {
      const created = await ctx.store.create(buildModel({ title: 'Cached' }), { actor: 'ada' });
      const first = textOf(await ctx.store.getJson(created.slug));
      expect(textOf(await ctx.store.getJson(created.slug))).toBe(first);
      const updated = await ctx.store.update(
        created.id,
        { ...created.model, title: 'Cached, then changed' },
        { actor: 'ada', baseRevision: 1 },
      );
      const after = JSON.parse(textOf(await ctx.store.getJson(created.slug))) as unknown;
      expect(after).toEqual(JSON.parse(JSON.stringify(updated)));
      expect(after).toMatchObject({ revision: 2, model: { title: 'Cached, then changed' } });
    });

    it('sees a write made over another connection (another process)', async () => {
      const created = await ctx.store.create(buildModel({ title: 'Shared' }), { actor: 'ada' });
      expect((await ctx.store.getJson(created.id)).revision).toBe(1);
      const other = createDatabase(ctx.config);
      try {
        const elsewhere = new PostmortemStore(other);
        await elsewhere.update(
          created.id,
          { ...created.model, title: 'Changed elsewhere' },
          { actor: 'bob', baseRevision: 1 },
        );
        const read = JSON.parse(textOf(await ctx.store.getJson(created.id))) as unknown;
        expect(read).toMatchObject({ revision: 2, model: { title: 'Changed elsewhere' } });
        await elsewhere.softDelete(created.id, { actor: 'bob' });
        await expect(ctx.store.getJson(created.id)).rejects.toBeInstanceOf(NotFoundError);
        await elsewhere.restore(created.id, { actor: 'bob' });
        expect((await ctx.store.getJson(created.id)).revision).toBe(2);
      } finally {
        await other.close();
      }
    });

    it('checks who may read a cached restricted postmortem on every read', async () => {
      const restricted = await ctx.store.create(
        buildModel({ title: 'Cached secret', visibility: 'restricted', authors: ['ada'] }),
        { actor: 'cleo' },
      );
      expect((await ctx.store.getJson(restricted.id, { viewer: user('ada') })).id).toBe(
        restricted.id,
      );
      await expect(
        ctx.store.getJson(restricted.id, { viewer: user('sam') }),
      ).rejects.toBeInstanceOf(NotFoundError);
      // Kept even when the first reader was refused, and still refused from the cache.
      const other = await ctx.store.create(
        buildModel({ title: 'Other secret', visibility: 'restricted', teams: ['sec'] }),
        { actor: 'cleo' },
      );
      await expect(ctx.store.getJson(other.id, { viewer: user('sam') })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect((await ctx.store.getJson(other.id, { viewer: user('tom', ['sec']) })).id).toBe(
        other.id,
      );
      await expect(ctx.store.getJson(other.id, { viewer: user('sam') })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });
  },
  { answerCacheBytes: 1024 * 1024 },
);
