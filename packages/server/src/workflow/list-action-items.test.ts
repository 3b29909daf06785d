import { expect, it } from 'vitest';
import { InvalidInputError } from '../storage/errors.js';
import { buildModel } from '../storage/test-support/build-model.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { PEOPLE, workflowServices } from './test-support/workflow-fixtures.js';

const { editor } = PEOPLE;

forEachDialect('ActionItemService board', (ctx) => {
  // 23:30 UTC on 9 April is already 10 April in Auckland.
  const now = () => new Date('2024-04-09T23:30:00Z');
  const board = () => workflowServices(ctx, { now }).actionItems;
  const ids: Record<string, string> = {};

  it('lists items across postmortems with their postmortem, filtered', async () => {
    const checkout = await ctx.store.create(
      buildModel({
        title: 'Checkout errors',
        severity: 'critical',
        services: ['checkout'],
        teams: ['payments'],
        actionItems: [
          {
            title: 'A: validate config',
            owner: 'ada',
            due: '2024-04-01',
            priority: 'high',
            type: 'prevent',
          },
          {
            title: 'B: alert on errors',
            owner: 'grace',
            due: '2024-04-09',
            status: 'in-progress',
            type: 'detect',
          },
          {
            title: 'C: write runbook',
            owner: 'ada',
            due: '2024-03-01',
            status: 'done',
            priority: 'low',
          },
        ],
      }),
      { actor: 'ed' },
    );
    const search = await ctx.store.create(
      buildModel({
        title: 'Search slow',
        severity: 'low',
        services: ['search'],
        teams: ['discovery'],
        actionItems: [
          { title: 'D: add index', due: '2024-05-01', priority: 'medium' },
          { title: 'E: load test', owner: 'lin' },
        ],
      }),
      { actor: 'ed' },
    );
    const all = await board().list({}, editor);
    expect(all.items.map((i) => i.title)).toEqual([
      'C: write runbook',
      'A: validate config',
      'B: alert on errors',
      'D: add index',
      'E: load test',
    ]);
    for (const item of all.items) ids[item.title.slice(0, 1)] = item.id;
    expect(all.items[1]).toMatchObject({
      postmortem: { id: checkout.id, slug: checkout.slug, title: 'Checkout errors' },
      overdue: true,
    });

    const titles = async (options: Record<string, unknown>) =>
      (await board().list(options, editor)).items.map((i) => i.title.slice(0, 1)).join('');
    expect(await titles({ owner: 'ada' })).toBe('CA');
    expect(await titles({ owner: ['ada', 'lin'], status: 'open' })).toBe('AE');
    expect(await titles({ status: ['open', 'in-progress'], type: 'detect' })).toBe('B');
    expect(await titles({ priority: 'high' })).toBe('A');
    expect(await titles({ dueBefore: '2024-04-09' })).toBe('CA');
    expect(await titles({ dueAfter: '2024-04-01' })).toBe('BD');
    // Today is 10 April in Auckland: B, due on the 9th, is late there but not in UTC.
    expect(await titles({ overdue: true })).toBe('A');
    expect(
      await workflowServices(ctx, { now, zone: 'Pacific/Auckland' })
        .actionItems.list({ overdue: 'true' }, editor)
        .then((p) => p.items.map((i) => i.title.slice(0, 1)).join('')),
    ).toBe('AB');
    expect(await titles({ overdue: 'false' })).toBe('CBDE');
    expect(await titles({ service: 'search' })).toBe('DE');
    expect(await titles({ team: ['payments'], severity: 'critical' })).toBe('CAB');
    expect(await titles({ severity: 'low' })).toBe('DE');
    expect(await titles({ postmortem: search.id })).toBe('DE');
  });

  it('sorts and pages by keyset in every order', async () => {
    const expectations: [Record<string, unknown>, string][] = [
      [{ sort: 'due' }, 'CABDE'],
      [{ sort: 'due', order: 'desc' }, 'EDBAC'],
      [{ sort: 'priority' }, 'ADC'],
    ];
    for (const [options, expected] of expectations) {
      let cursor: string | undefined;
      const seen: string[] = [];
      do {
        const page = await board().list(
          { ...options, limit: 2, ...(cursor ? { cursor } : {}) },
          editor,
        );
        seen.push(...page.items.map((i) => i.title.slice(0, 1)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(seen.join('').startsWith(expected), JSON.stringify(options)).toBe(true);
      expect(seen).toHaveLength(5);
    }
    const updated = await board().list({ sort: 'updated', limit: 3 }, editor);
    const rest = await board().list(
      { sort: 'updated', limit: 3, cursor: updated.nextCursor ?? '' },
      editor,
    );
    expect(new Set([...updated.items, ...rest.items].map((i) => i.id)).size).toBe(5);
  });

  it('counts by status, overdue and unassigned', async () => {
    expect(await board().stats({}, editor)).toEqual({
      total: 5,
      byStatus: { open: 3, 'in-progress': 1, done: 1, 'wont-do': 0 },
      overdue: 1,
      unassigned: 1,
    });
    expect((await board().stats({ service: 'checkout' }, editor)).total).toBe(3);
  });

  it('names bad options', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ status: 'finished' }, 'status'],
      [{ dueBefore: '2024-13-01' }, 'dueBefore'],
      [{ sort: 'owner' }, 'sort'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 'many' }, 'limit'],
      [{ overdue: 'yes' }, 'overdue'],
      [{ postmortem: 'abc' }, 'postmortem'],
      [{ colour: 'red' }, ''],
      [{ cursor: 'nonsense' }, 'cursor'],
    ];
    for (const [options, path] of bad) {
      const error = await board()
        .list(options, editor)
        .catch((e: unknown) => e);
      expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidInputError);
      if (path !== '') expect((error as InvalidInputError).issues[0]?.path).toBe(path);
    }
    const byDue = await board().list({ sort: 'due', limit: 1 }, editor);
    await expect(
      board().list({ sort: 'updated', cursor: byDue.nextCursor ?? '' }, editor),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(ids['A']).toBeDefined();
  });
});
