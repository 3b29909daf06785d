import { expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../storage/errors.js';
import { buildModel } from '../storage/test-support/build-model.js';
import { countRows, forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { sectionAnchors } from './section-anchors.js';
import { PEOPLE, user, workflowServices } from './test-support/workflow-fixtures.js';
import { WorkflowError } from './workflow-error.js';

const { admin, editor, reviewer, viewer } = PEOPLE;

const SECTIONS = [
  { kind: 'summary' as const, heading: 'Summary', level: 2, body: 'Checkout failed.' },
  { kind: 'timeline' as const, heading: 'Timeline', level: 2, body: '' },
  { kind: 'other' as const, heading: 'Notes', level: 2, body: 'One.' },
  { kind: 'other' as const, heading: 'Notes', level: 2, body: 'Two.' },
];

it('gives sections the anchors the page gives them, unique per document', () => {
  const model = { ...buildModel(), sections: SECTIONS } as Parameters<typeof sectionAnchors>[0];
  expect(sectionAnchors(model).map((s) => s.id)).toEqual([
    'summary',
    'timeline',
    'notes',
    'notes-2',
  ]);
});

forEachDialect('CommentService', (ctx) => {
  const comments = () => workflowServices(ctx).comments;

  it('anchors comments to sections, threads replies, renders Markdown safely', async () => {
    const created = await ctx.store.create(buildModel({ sections: SECTIONS }), { actor: 'ed' });
    const root = await comments().create(
      created.id,
      {
        sectionId: 'notes-2',
        quote: 'Two.',
        body: 'Is this **right**? <script>alert(1)</script><img src=x onerror=alert(1)>',
      },
      viewer,
    );
    expect(root).toMatchObject({
      section: { id: 'notes-2', kind: 'other', heading: 'Notes' },
      quote: 'Two.',
      author: 'vic',
      revision: 1,
      resolved: false,
      parentId: null,
    });
    expect(root.html).toContain('<strong>right</strong>');
    expect(root.html).not.toMatch(/<script|onerror/);
    const reply = await comments().create(created.id, { parentId: root.id, body: 'Yes.' }, editor);
    const nested = await comments().create(
      created.id,
      { parentId: reply.id, body: 'Thanks.' },
      viewer,
    );
    expect(reply).toMatchObject({ parentId: root.id, section: { id: 'notes-2' } });
    expect(nested.parentId).toBe(root.id);
    const listed = await comments().list(created.id, reviewer);
    expect(listed.map((c) => c.body)).toEqual([root.body, 'Yes.', 'Thanks.']);
    expect(await comments().list(created.id, reviewer, { sectionId: 'summary' })).toEqual([]);
  });

  it('lets authors edit and delete their own, admins any, and authors or editors resolve', async () => {
    const created = await ctx.store.create(buildModel({ sections: SECTIONS }), { actor: 'ed' });
    const mine = await comments().create(
      created.id,
      { sectionId: 'summary', body: 'First' },
      viewer,
    );
    const edited = await comments().update(mine.id, { body: 'First, edited' }, viewer);
    expect(edited.body).toBe('First, edited');
    await expect(comments().update(mine.id, { body: 'Hijack' }, editor)).rejects.toBeInstanceOf(
      WorkflowError,
    );
    await expect(comments().update(mine.id, { resolved: true }, reviewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const resolved = await comments().update(mine.id, { resolved: true }, editor);
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'ed' });
    expect(await comments().list(created.id, viewer, { resolved: false })).toEqual([]);
    await expect(comments().update(mine.id, { body: 'By admin' }, admin)).resolves.toMatchObject({
      body: 'By admin',
    });
    const reply = await comments().create(created.id, { parentId: mine.id, body: 'Reply' }, editor);
    await expect(comments().delete(mine.id, editor)).rejects.toMatchObject({ code: 'forbidden' });
    await comments().delete(mine.id, viewer);
    // The thread keeps a placeholder for the deleted root while it has a reply.
    const left = await comments().list(created.id, viewer);
    expect(left.map((c) => [c.deleted, c.body])).toEqual([
      [true, ''],
      [false, 'Reply'],
    ]);
    await comments().delete(reply.id, admin);
    expect(await comments().list(created.id, viewer)).toEqual([]);
    await expect(comments().delete(reply.id, admin)).rejects.toBeInstanceOf(NotFoundError);
    const audit = await ctx.store.listAudit({ postmortemId: created.id, limit: 3 });
    expect(audit.map((a) => a.action)).toEqual([
      'comment.delete',
      'comment.delete',
      'comment.create',
    ]);
  });

  it('names bad input and writes nothing', async () => {
    const created = await ctx.store.create(buildModel({ sections: SECTIONS }), { actor: 'ed' });
    const before = await countRows(ctx.handle);
    const cases: [unknown, string][] = [
      [{ sectionId: 'nowhere', body: 'x' }, 'sectionId'],
      [{ body: 'x' }, 'sectionId'],
      [{ sectionId: 'summary', body: '' }, 'body'],
      [{ sectionId: 'summary', body: 'x'.repeat(20_001) }, 'body'],
      [{ sectionId: 'summary', body: 3 }, 'body'],
      [{ parentId: '00000000-0000-4000-8000-000000000000', body: 'x' }, 'parentId'],
      [{ sectionId: 'summary', body: 'x', pinned: true }, ''],
    ];
    for (const [input, path] of cases) {
      const error = await comments()
        .create(created.id, input, viewer)
        .catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(InvalidInputError);
      if (path !== '') expect((error as InvalidInputError).issues[0]?.path).toBe(path);
    }
    expect(await countRows(ctx.handle)).toEqual(before);
  });

  it('hides the comments of a restricted postmortem from everyone it does not name', async () => {
    const secret = await ctx.store.create(
      buildModel({ visibility: 'restricted', authors: ['ed'], teams: [], sections: SECTIONS }),
      { actor: 'ed' },
    );
    const note = await comments().create(
      secret.id,
      { sectionId: 'summary', body: 'Secret' },
      editor,
    );
    for (const outsider of [viewer, admin, user('sam', 'editor')]) {
      await expect(comments().list(secret.id, outsider)).rejects.toBeInstanceOf(NotFoundError);
      await expect(comments().get(note.id, outsider)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        comments().create(secret.id, { sectionId: 'summary', body: 'x' }, outsider),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(comments().delete(note.id, outsider)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(comments().get(note.id, editor)).resolves.toMatchObject({ body: 'Secret' });
  });
});
