import { expect, it } from 'vitest';
import { ConflictError, InvalidInputError, NotFoundError } from '../storage/errors.js';
import { buildModel } from '../storage/test-support/build-model.js';
import { countRows, forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { PEOPLE, user, workflowServices } from './test-support/workflow-fixtures.js';

const { editor, viewer } = PEOPLE;

forEachDialect('ActionItemService writes', (ctx) => {
  const services = () => workflowServices(ctx, { now: () => new Date('2024-04-10T12:00:00Z') });

  it('adds, changes, renames and removes items as new revisions, keeping ids', async () => {
    const { actionItems } = services();
    const created = await ctx.store.create(buildModel(), { actor: editor.username });
    const added = await actionItems.create(
      created.id,
      {
        baseRevision: 1,
        title: 'Page the owning team',
        owner: 'lin',
        due: '2024-04-05',
        position: 1,
        notes: 'See the runbook.',
      },
      editor,
    );
    expect(added.postmortem.revision).toBe(2);
    expect(added.item).toMatchObject({
      title: 'Page the owning team',
      position: 1,
      owner: 'lin',
      status: 'open',
      overdue: true,
      notes: 'See the runbook.',
      postmortem: { id: created.id, slug: created.slug, title: created.model.title },
    });
    const model = (await ctx.store.get(created.id)).model;
    expect(model.actionItems.map((i) => i.title)).toEqual([
      'Validate config before it is pushed',
      'Page the owning team',
      'Alert on config push errors',
    ]);

    const renamed = await actionItems.update(
      added.item.id,
      { baseRevision: 2, title: 'Page the team that owns checkout', status: 'done', owner: null },
      editor,
    );
    expect(renamed.item).toMatchObject({
      id: added.item.id,
      createdAt: added.item.createdAt,
      title: 'Page the team that owns checkout',
      status: 'done',
      owner: null,
      overdue: false,
    });
    expect((await ctx.store.get(created.id)).model.actionItems[1]).toEqual({
      title: 'Page the team that owns checkout',
      status: 'done',
      due: '2024-04-05',
      notes: 'See the runbook.',
    });

    await actionItems.delete(added.item.id, { baseRevision: 3 }, editor);
    await expect(actionItems.get(added.item.id, editor)).rejects.toBeInstanceOf(NotFoundError);
    const after = await ctx.store.get(created.id);
    expect(after.revision).toBe(4);
    expect(after.model.actionItems).toHaveLength(2);
    const audit = await ctx.store.listAudit({ postmortemId: created.id });
    expect(audit.slice(0, 3).map((a) => a.action)).toEqual([
      'action-item.delete',
      'action-item.update',
      'action-item.create',
    ]);
    const history = await ctx.store.listRevisions(created.id);
    expect(history.items[0]?.summary).toBe(
      'Removed action item "Page the team that owns checkout"',
    );
  });

  it('refuses stale revisions, duplicate titles and bad fields, writing nothing', async () => {
    const { actionItems } = services();
    const created = await ctx.store.create(buildModel(), { actor: editor.username });
    const [first] = (await actionItems.list({ postmortem: created.id }, editor)).items;
    if (first === undefined) throw new Error('the model has action items');
    const before = await countRows(ctx.handle);
    await expect(
      actionItems.create(created.id, { baseRevision: 2, title: 'New' }, editor),
    ).rejects.toBeInstanceOf(ConflictError);
    const cases: [unknown, string][] = [
      [{ baseRevision: 1, title: 'Alert on config push errors' }, 'title'],
      [{ baseRevision: 1, title: '' }, 'title'],
      [{ baseRevision: 1, title: 'x', due: '2024-02-30' }, 'due'],
      [{ baseRevision: 1, title: 'x', status: 'finished' }, 'status'],
      [{ baseRevision: 1, title: 'x', colour: 'red' }, ''],
      [{ title: 'x' }, 'baseRevision'],
    ];
    for (const [input, path] of cases) {
      const error = await actionItems.create(created.id, input, editor).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(InvalidInputError);
      if (path !== '')
        expect((error as InvalidInputError).issues.map((i) => i.path)).toContain(path);
    }
    await expect(actionItems.update(first.id, { baseRevision: 1 }, editor)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      actionItems.update(
        first.id,
        { baseRevision: 1, title: 'Alert on config push errors' },
        editor,
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      actionItems.update('not-an-id', { baseRevision: 1, status: 'done' }, editor),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      actionItems.update(first.id, { baseRevision: 1, status: 'done' }, viewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await countRows(ctx.handle)).toEqual(before);
  });

  it('changes one of two items that share a title (as an imported document may have)', async () => {
    const { actionItems } = services();
    const created = await ctx.store.create(
      buildModel({
        title: 'Repeated titles',
        actionItems: [{ title: 'Add an alert' }, { title: 'Add an alert', owner: 'lin' }],
      }),
      { actor: 'ed' },
    );
    const [first, second] = (
      await actionItems.list({ postmortem: created.id, sort: 'created' }, editor)
    ).items.sort((a, b) => a.position - b.position);
    if (first === undefined || second === undefined) throw new Error('two items');
    const changed = await actionItems.update(
      second.id,
      { baseRevision: 1, status: 'done' },
      editor,
    );
    expect(changed.item).toMatchObject({
      id: second.id,
      position: 1,
      status: 'done',
      owner: 'lin',
    });
    await expect(actionItems.get(first.id, editor)).resolves.toMatchObject({ status: 'open' });
  });

  it('leaves the items of a postmortem in the trash off the board, and back when restored', async () => {
    const { actionItems } = services();
    const created = await ctx.store.create(buildModel({ title: 'Binned' }), { actor: 'ed' });
    const [item] = (await actionItems.list({ postmortem: created.id }, editor)).items;
    if (item === undefined) throw new Error('the model has action items');
    await ctx.store.softDelete(created.id, { actor: 'ed' });
    expect((await actionItems.list({ postmortem: created.id }, editor)).items).toEqual([]);
    await expect(actionItems.get(item.id, editor)).rejects.toBeInstanceOf(NotFoundError);
    await ctx.store.restore(created.id, { actor: 'ed' });
    await expect(actionItems.get(item.id, editor)).resolves.toMatchObject({ id: item.id });
  });

  it('does not find the items of a restricted postmortem for people it does not name', async () => {
    const { actionItems } = services();
    const secret = await ctx.store.create(
      buildModel({
        title: 'Card data exposure',
        visibility: 'restricted',
        authors: ['ed'],
        teams: [],
      }),
      { actor: editor.username },
    );
    const [item] = (await actionItems.list({ postmortem: secret.id }, editor)).items;
    if (item === undefined) throw new Error('the model has action items');
    const stranger = user('sam', 'editor');
    await expect(actionItems.get(item.id, stranger)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      actionItems.update(item.id, { baseRevision: 1, status: 'done' }, stranger),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      actionItems.create(secret.id, { baseRevision: 1, title: 'x' }, stranger),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await actionItems.list({ postmortem: secret.id }, viewer)).items).toEqual([]);
    expect((await actionItems.stats({ postmortem: secret.id }, viewer)).total).toBe(0);
    expect((await actionItems.stats({ postmortem: secret.id }, editor)).total).toBe(2);
  });
});
