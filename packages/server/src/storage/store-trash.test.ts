import { expect, it } from 'vitest';
import { PostmortemStore } from './postmortem-store.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

forEachDialect('PostmortemStore trash', (ctx) => {
  it('moves a postmortem to the trash and back, losing nothing', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Binned' }), { actor: 'ada' });
    await ctx.store.softDelete(created.id, { actor: 'grace' });

    await expect(ctx.store.get(created.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(ctx.store.get(created.slug)).rejects.toMatchObject({ code: 'not_found' });
    expect((await ctx.store.list()).items.map((i) => i.id)).not.toContain(created.id);
    const trashed = await ctx.store.get(created.id, { includeDeleted: true });
    expect(trashed.deletedBy).toBe('grace');
    expect(trashed.deletedAt).not.toBeNull();
    const trash = await ctx.store.listTrash();
    expect(trash.items.map((i) => i.id)).toContain(created.id);

    // A trashed postmortem cannot be edited, and its slug stays taken.
    await expect(
      ctx.store.update(created.id, created.model, { actor: 'ada', baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      ctx.store.create({ ...created.model, slug: created.slug }, { actor: 'ada' }),
    ).rejects.toMatchObject({ code: 'slug_taken' });
    await expect(ctx.store.softDelete(created.id, { actor: 'ada' })).rejects.toMatchObject({
      code: 'not_found',
    });

    const restored = await ctx.store.restore(created.id, { actor: 'ada' });
    expect(restored).toEqual(created);
    expect((await ctx.store.listTrash()).items.map((i) => i.id)).not.toContain(created.id);
    await expect(ctx.store.restore(created.id, { actor: 'ada' })).rejects.toMatchObject({
      code: 'not_found',
    });
    const actions = (await ctx.store.listAudit({ postmortemId: created.id })).map((a) => a.action);
    expect(actions).toEqual(['postmortem.restore', 'postmortem.delete', 'postmortem.create']);
  });

  it('lists the trash most recently deleted first', async () => {
    let tick = Date.parse('2030-01-01T00:00:00Z');
    const store = new PostmortemStore(ctx.handle, { now: () => new Date((tick += 1000)) });
    const a = await store.create(buildModel({ title: 'Deleted first' }), { actor: 'ada' });
    const b = await store.create(buildModel({ title: 'Deleted second' }), { actor: 'ada' });
    await store.softDelete(a.id, { actor: 'ada' });
    await store.softDelete(b.id, { actor: 'ada' });
    const ids = (await store.listTrash()).items.map((i) => i.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    await expect(ctx.store.list({ sort: 'deleted' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('with a base revision, refuses to delete a postmortem changed meanwhile', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Changed, then deleted' }), {
      actor: 'ada',
    });
    await ctx.store.update(created.id, created.model, { actor: 'grace', baseRevision: 1 });
    await expect(
      ctx.store.softDelete(created.id, { actor: 'ada', baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'revision_conflict', current: { revision: 2 } });
    expect((await ctx.store.get(created.id)).deletedAt).toBeNull();
    await ctx.store.softDelete(created.id, { actor: 'ada', baseRevision: 2 });
    await expect(ctx.store.get(created.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
