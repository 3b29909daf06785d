import { parsePostmortem } from '@hindsight/core/markdown';
import { expect, it } from 'vitest';
import { SlugTakenError } from './errors.js';
import { buildModel } from './test-support/build-model.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

forEachDialect('PostmortemStore.create and get', (ctx) => {
  it('stores revision 1 and reads it back by id and by slug', async () => {
    const created = await ctx.store.create(buildModel(), { actor: 'ada' });
    expect(created.revision).toBe(1);
    expect(created.slug).toBe('2024-03-20-checkout-returned-errors-after-a-config-push');
    expect(created.model.slug).toBe(created.slug);
    expect(created.createdBy).toBe('ada');

    const byId = await ctx.store.get(created.id);
    const bySlug = await ctx.store.get(created.slug);
    expect(byId).toEqual(created);
    expect(bySlug).toEqual(created);
    expect(await ctx.store.get(created.id.toUpperCase())).toEqual(created);
  });

  it('keeps canonical Markdown that parses back to the stored model', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Markdown twin' }), {
      actor: 'ada',
    });
    const stored = await ctx.store.get(created.id);
    expect(parsePostmortem(stored.markdown).model).toEqual(stored.model);
  });

  it('resolves timeline times against the date and zone (normalised)', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Normalised' }), { actor: 'ada' });
    expect(created.model.timeline[0]?.at).toBe('2024-03-20T14:02:00Z');
  });

  it('numbers generated slugs that are taken, and refuses a taken explicit slug', async () => {
    const model = buildModel({ title: 'Same title', date: '2024-01-01' });
    const a = await ctx.store.create(model, { actor: 'ada' });
    const b = await ctx.store.create(model, { actor: 'ada' });
    const c = await ctx.store.create(model, { actor: 'ada' });
    expect([a.slug, b.slug, c.slug]).toEqual([
      '2024-01-01-same-title',
      '2024-01-01-same-title-2',
      '2024-01-01-same-title-3',
    ]);
    await expect(
      ctx.store.create({ ...model, slug: '2024-01-01-same-title' }, { actor: 'ada' }),
    ).rejects.toThrow(SlugTakenError);
    await expect(
      ctx.store.create({ ...model, slug: '2024-01-01-same-title' }, { actor: 'ada' }),
    ).rejects.toMatchObject({ code: 'slug_taken' });
  });

  it('writes the derived rows: labels, timeline entries, action items, revision, audit', async () => {
    const created = await ctx.store.create(
      buildModel({ title: 'Derived rows', services: ['checkout', 'cart', 'checkout'] }),
      { actor: 'ada' },
    );
    const db = ctx.handle.db;
    const row = await db
      .selectFrom('postmortems')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'draft',
      severity: 'high',
      severity_rank: 2,
      date: '2024-03-20',
      impact_started_at: '2024-03-20T14:02:00.000Z',
      detected_at: '2024-03-20T14:09:00.000Z',
      responded_at: '2024-03-20T14:12:00.000Z',
      mitigated_at: '2024-03-20T14:30:00.000Z',
      resolved_at: '2024-03-20T14:41:00.000Z',
      duration_minutes: 39,
      minutes_to_detect: 7,
      minutes_to_respond: 3,
      minutes_to_mitigate: 28,
      revision: 1,
    });
    const labels = await db
      .selectFrom('postmortem_labels')
      .select(['kind', 'value'])
      .where('postmortem_id', '=', created.id)
      .orderBy('kind')
      .orderBy('value')
      .execute();
    expect(labels).toEqual([
      { kind: 'author', value: 'ada' },
      { kind: 'service', value: 'cart' },
      { kind: 'service', value: 'checkout' },
      { kind: 'tag', value: 'config' },
      { kind: 'team', value: 'payments' },
    ]);
    const entries = await db
      .selectFrom('timeline_entries')
      .select(['position', 'at', 'kind'])
      .where('postmortem_id', '=', created.id)
      .orderBy('position')
      .execute();
    expect(entries.map((e) => e.kind)).toEqual([
      'impact-start',
      'detection',
      'response',
      'mitigation',
      'resolution',
    ]);
    expect(entries[4]?.at).toBe('2024-03-20T14:41:00.000Z');
    const items = await db
      .selectFrom('action_items')
      .select(['position', 'title', 'owner', 'status', 'due'])
      .where('postmortem_id', '=', created.id)
      .orderBy('position')
      .execute();
    expect(items).toEqual([
      {
        position: 0,
        title: 'Validate config before it is pushed',
        owner: 'ada',
        status: 'open',
        due: '2024-04-01',
      },
      {
        position: 1,
        title: 'Alert on config push errors',
        owner: 'grace',
        status: 'in-progress',
        due: null,
      },
    ]);
    const revisions = await ctx.store.listRevisions(created.id);
    expect(revisions.items).toMatchObject([{ number: 1, author: 'ada', summary: null }]);
    const audit = await ctx.store.listAudit({ postmortemId: created.id });
    expect(audit).toMatchObject([
      { action: 'postmortem.create', actor: 'ada', revision: 1, details: { slug: created.slug } },
    ]);
  });

  it('answers not_found for an unknown id or slug', async () => {
    await expect(ctx.store.get('no-such-postmortem')).rejects.toMatchObject({ code: 'not_found' });
    await expect(ctx.store.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
