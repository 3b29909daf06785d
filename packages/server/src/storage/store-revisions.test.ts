import { expect, it } from 'vitest';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

forEachDialect('PostmortemStore revisions', (ctx) => {
  it('lists every save newest first and gives back each version', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Version 1' }), { actor: 'ada' });
    let current = created;
    for (const n of [2, 3, 4]) {
      current = await ctx.store.update(
        created.id,
        { ...current.model, title: `Version ${n}` },
        {
          actor: n % 2 === 0 ? 'grace' : 'ada',
          baseRevision: current.revision,
          summary: `to ${n}`,
        },
      );
    }
    const history = await ctx.store.listRevisions(created.slug);
    expect(history.items).toMatchObject([
      { number: 4, title: 'Version 4', author: 'grace', summary: 'to 4' },
      { number: 3, title: 'Version 3', author: 'ada', summary: 'to 3' },
      { number: 2, title: 'Version 2', author: 'grace', summary: 'to 2' },
      { number: 1, title: 'Version 1', author: 'ada', summary: null },
    ]);
    expect(history.nextCursor).toBeNull();

    const page1 = await ctx.store.listRevisions(created.id, { limit: 3 });
    expect(page1.items.map((r) => r.number)).toEqual([4, 3, 2]);
    const page2 = await ctx.store.listRevisions(created.id, {
      limit: 3,
      cursor: page1.nextCursor ?? '',
    });
    expect(page2.items.map((r) => r.number)).toEqual([1]);
    expect(page2.nextCursor).toBeNull();

    const second = await ctx.store.getRevision(created.id, 2);
    expect(second.model.title).toBe('Version 2');
    expect(second.markdown).toContain('Version 2');
    expect(second.postmortemId).toBe(created.id);
    const first = await ctx.store.getRevision(created.id, 1);
    expect(first.model).toEqual(created.model);
    expect(first.markdown).toBe(created.markdown);
  });

  it('restores an old revision as a new one, guarded like an update', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Original' }), { actor: 'ada' });
    const edited = await ctx.store.update(
      created.id,
      { ...created.model, title: 'Edited', severity: 'low' },
      { actor: 'ada', baseRevision: 1 },
    );
    await expect(
      ctx.store.restoreRevision(created.id, 1, { actor: 'grace', baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'revision_conflict', current: { revision: 2 } });

    const restored = await ctx.store.restoreRevision(created.id, 1, {
      actor: 'grace',
      baseRevision: edited.revision,
    });
    expect(restored.revision).toBe(3);
    expect(restored.model).toEqual(created.model);
    expect(restored.markdown).toBe(created.markdown);
    const history = await ctx.store.listRevisions(created.id);
    expect(history.items[0]).toMatchObject({
      number: 3,
      author: 'grace',
      summary: 'Restored revision 1',
    });
    const audit = await ctx.store.listAudit({ postmortemId: created.id, limit: 1 });
    expect(audit[0]).toMatchObject({
      action: 'postmortem.restore-revision',
      revision: 3,
      details: { restored: 1 },
    });
    // The restored document's derived columns are back too.
    expect((await ctx.store.list({ severity: 'high' })).items.map((i) => i.id)).toContain(
      created.id,
    );
  });

  it('answers not_found for a revision that does not exist', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Short history' }), {
      actor: 'ada',
    });
    await expect(ctx.store.getRevision(created.id, 2)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(ctx.store.getRevision(created.id, 1.5)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      ctx.store.restoreRevision(created.id, 7, { actor: 'ada', baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
