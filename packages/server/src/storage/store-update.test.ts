import { expect, it } from 'vitest';
import { ConflictError } from './errors.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

forEachDialect('PostmortemStore.update', (ctx) => {
  it('lands a change made on the current revision as the next revision', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Update me' }), { actor: 'ada' });
    const updated = await ctx.store.update(
      created.id,
      { ...created.model, severity: 'critical', status: 'in-review' },
      { actor: 'grace', baseRevision: 1, summary: 'Raised the severity' },
    );
    expect(updated).toMatchObject({ revision: 2, updatedBy: 'grace', createdBy: 'ada' });
    const stored = await ctx.store.get(created.id);
    expect(stored).toEqual(updated);
    expect(stored.model.severity).toBe('critical');
    const listed = await ctx.store.list({ status: 'in-review', severity: 'critical' });
    expect(listed.items.map((i) => i.id)).toContain(created.id);
    const audit = await ctx.store.listAudit({ postmortemId: created.id });
    expect(audit[0]).toMatchObject({
      action: 'postmortem.update',
      actor: 'grace',
      revision: 2,
      details: { summary: 'Raised the severity' },
    });
  });

  it('refuses a stale write with a ConflictError that carries the current version', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Stale write' }), { actor: 'ada' });
    const first = await ctx.store.update(
      created.id,
      { ...created.model, severity: 'low' },
      { actor: 'ada', baseRevision: 1 },
    );
    const stale = ctx.store.update(
      created.id,
      { ...created.model, severity: 'critical' },
      { actor: 'grace', baseRevision: 1 },
    );
    await expect(stale).rejects.toThrow(ConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError;
    expect(error.code).toBe('revision_conflict');
    expect(error.baseRevision).toBe(1);
    expect(error.current).toEqual(first);
    expect((await ctx.store.get(created.id)).model.severity).toBe('low');
  });

  it('keeps the slug when the model has none, and renames when it names a new one', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Slug keeper' }), { actor: 'ada' });
    const { slug: _slug, ...withoutSlug } = created.model;
    const kept = await ctx.store.update(
      created.id,
      { ...withoutSlug, title: 'New title' },
      {
        actor: 'ada',
        baseRevision: 1,
      },
    );
    expect(kept.slug).toBe(created.slug);
    const renamed = await ctx.store.update(
      created.id,
      { ...kept.model, slug: 'renamed' },
      {
        actor: 'ada',
        baseRevision: 2,
      },
    );
    expect((await ctx.store.get('renamed')).id).toBe(created.id);
    expect(renamed.markdown).toContain('renamed');
    await expect(ctx.store.get(created.slug)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a rename to a slug another postmortem has, writing nothing', async () => {
    const a = await ctx.store.create(buildModel({ title: 'Slug owner' }), { actor: 'ada' });
    const b = await ctx.store.create(buildModel({ title: 'Slug thief' }), { actor: 'ada' });
    await expect(
      ctx.store.update(b.id, { ...b.model, slug: a.slug }, { actor: 'ada', baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'slug_taken' });
    expect(await ctx.store.get(b.id)).toEqual(b);
    expect((await ctx.store.listRevisions(b.id)).items).toHaveLength(1);
  });

  it('keeps action items (their ids and creation times) across edits', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Items keep ids' }), {
      actor: 'ada',
    });
    const before = await ctx.handle.db
      .selectFrom('action_items')
      .selectAll()
      .where('postmortem_id', '=', created.id)
      .orderBy('position')
      .execute();
    const [first, second] = created.model.actionItems;
    await ctx.store.update(
      created.id,
      {
        ...created.model,
        actionItems: [
          { ...second!, status: 'done' },
          first!,
          { title: 'Write a runbook', status: 'open' },
        ],
      },
      { actor: 'ada', baseRevision: 1 },
    );
    const after = await ctx.handle.db
      .selectFrom('action_items')
      .selectAll()
      .where('postmortem_id', '=', created.id)
      .orderBy('position')
      .execute();
    expect(after.map((r) => [r.title, r.status])).toEqual([
      ['Alert on config push errors', 'done'],
      ['Validate config before it is pushed', 'open'],
      ['Write a runbook', 'open'],
    ]);
    expect(after[0]?.id).toBe(before[1]?.id);
    expect(after[1]?.id).toBe(before[0]?.id);
    expect(after[0]?.created_at).toBe(before[1]?.created_at);
  });

  it('rewrites the timeline rows and labels from the new model', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Rewrite rows' }), { actor: 'ada' });
    await ctx.store.update(
      created.id,
      { ...created.model, services: ['search'], timeline: created.model.timeline.slice(0, 2) },
      { actor: 'ada', baseRevision: 1 },
    );
    const entries = await ctx.handle.db
      .selectFrom('timeline_entries')
      .select('kind')
      .where('postmortem_id', '=', created.id)
      .execute();
    expect(entries).toHaveLength(2);
    expect((await ctx.store.list({ service: 'search' })).items.map((i) => i.id)).toEqual([
      created.id,
    ]);
    const row = await ctx.handle.db
      .selectFrom('postmortems')
      .select(['resolved_at', 'duration_minutes'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ resolved_at: null, duration_minutes: null });
  });

  it('answers not_found for an unknown or malformed id', async () => {
    const model = buildModel();
    await expect(
      ctx.store.update('00000000-0000-4000-8000-000000000000', model, {
        actor: 'a',
        baseRevision: 1,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      ctx.store.update('not-a-uuid', model, { actor: 'a', baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
