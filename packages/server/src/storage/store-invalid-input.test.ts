import type { PostmortemInput } from '@hindsight/core';
import { expect, it } from 'vitest';
import type { ListOptions } from './list-options.js';
import { buildModel } from './test-support/build-model.js';
import { countRows, forEachDialect } from './test-support/for-each-dialect.js';

/** Bad values reach the store from JSON, past the types. */
const bad = (value: unknown): PostmortemInput => value as PostmortemInput;

forEachDialect('PostmortemStore bad input', (ctx) => {
  const models: [string, PostmortemInput, string][] = [
    ['a missing title', bad({ ...buildModel(), title: undefined }), 'title'],
    ['a wrong type', bad({ ...buildModel(), severity: 'apocalyptic' }), 'severity'],
    ['an unknown field', bad({ ...buildModel(), colour: 'red' }), '(root)'],
    ['an invalid date', bad({ ...buildModel(), date: '2023-02-30' }), 'date'],
    [
      'a bad action item',
      bad({ ...buildModel(), actionItems: [{ title: 'x', due: 'soon' }] }),
      'actionItems.0.due',
    ],
    ['a NUL character', bad({ ...buildModel(), title: 'nul \u0000 here' }), 'title'],
    [
      'a lone surrogate',
      bad({
        ...buildModel(),
        sections: [{ kind: 'summary', heading: 'S', level: 2, body: 'x\ud800' }],
      }),
      'sections.0.body',
    ],
    ['a malformed slug', bad({ ...buildModel(), slug: 'Not A Slug' }), 'slug'],
  ];

  for (const [name, model, path] of models) {
    it(`refuses ${name} as invalid_input naming ${path}, writing nothing`, async () => {
      const before = await countRows(ctx.handle);
      const error = await ctx.store.create(model, { actor: 'ada' }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: expect.arrayContaining([expect.objectContaining({ path })]),
      });
      expect(await countRows(ctx.handle)).toEqual(before);
    });
  }

  it('refuses an invalid update, leaving the stored version as it was', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Guarded' }), { actor: 'ada' });
    const before = await countRows(ctx.handle);
    for (const [, model, path] of models) {
      await expect(
        ctx.store.update(created.id, model, { actor: 'ada', baseRevision: 1 }),
      ).rejects.toMatchObject({
        issues: expect.arrayContaining([expect.objectContaining({ path })]),
      });
    }
    expect(await countRows(ctx.handle)).toEqual(before);
    expect(await ctx.store.get(created.id)).toEqual(created);
  });

  it('refuses a missing actor, base revision or an over-long summary', async () => {
    const created = await ctx.store.create(buildModel({ title: 'Options' }), { actor: 'ada' });
    const cases: [Promise<unknown>, string][] = [
      [ctx.store.create(buildModel(), { actor: ' ' }), 'actor'],
      [
        ctx.store.update(created.id, created.model, { actor: 'a', baseRevision: 0 }),
        'baseRevision',
      ],
      [
        ctx.store.update(created.id, created.model, { actor: 'a', baseRevision: 1.5 }),
        'baseRevision',
      ],
      [
        ctx.store.update(created.id, created.model, {
          actor: 'a',
          baseRevision: 1,
          summary: 'x'.repeat(501),
        }),
        'summary',
      ],
    ];
    for (const [promise, path] of cases)
      await expect(promise).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path }] });
    expect((await ctx.store.get(created.id)).revision).toBe(1);
  });

  it('refuses bad list options, naming each', async () => {
    const cases: [unknown, string][] = [
      [{ status: 'done' }, 'status'],
      [{ sort: 'colour' }, 'sort'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 1000 }, 'limit'],
      [{ from: '2024-13-01' }, 'from'],
      [{ cursor: 'garbage' }, 'cursor'],
      [{ colour: 'red' }, '(root)'],
    ];
    for (const [options, path] of cases) {
      const error = await ctx.store.list(options as ListOptions).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: expect.arrayContaining([expect.objectContaining({ path })]),
      });
    }
  });

  it('stores text that is odd but valid exactly: emoji, RTL, combining marks, quotes', async () => {
    const title = `Ünïcödé 💥 עברית e\u0301 "quotes" 'single' \\ back; DROP TABLE postmortems;--`;
    const created = await ctx.store.create(buildModel({ title, tags: ['😀'] }), { actor: 'ada' });
    const stored = await ctx.store.get(created.id);
    expect(stored.model.title).toBe(title);
    expect((await ctx.store.list({ tag: '😀' })).items.map((i) => i.id)).toEqual([created.id]);
  });
});
