import { expect, it } from 'vitest';
import { NotFoundError } from './errors.js';
import { forEachDialect } from './test-support/for-each-dialect.js';
import { SYSTEM_VIEWER, mayView } from './viewer.js';
import type { Viewer } from './viewer.js';

function user(username: string, teams: string[] = [], aliases: string[] = []): Viewer {
  return { kind: 'user', id: `id-${username}`, username, aliases, role: 'viewer', teams };
}

const VIEWERS: Record<string, Viewer> = {
  creator: user('cleo'),
  author: user('ada'),
  authorByAlias: user('al', [], ['Ada L.']),
  reviewer: user('rui'),
  reader: user('rita'),
  teamMember: user('tom', ['payments']),
  otherTeam: user('oscar', ['search']),
  stranger: user('sam'),
  admin: { ...user('root'), role: 'admin' },
};

forEachDialect('PostmortemStore visibility', (ctx) => {
  it('shows a restricted postmortem to the people and teams it names only, in get and list alike', async () => {
    const restricted = await ctx.store.create(
      {
        title: 'Card data exposure',
        visibility: 'restricted',
        authors: ['ada', 'Ada L.'],
        reviewers: ['rui'],
        distribution: ['rita'],
        teams: ['payments'],
      },
      { actor: 'cleo' },
    );
    const internal = await ctx.store.create({ title: 'Slow search' }, { actor: 'cleo' });
    const expected: Record<string, boolean> = {
      creator: true,
      author: true,
      authorByAlias: true,
      reviewer: true,
      reader: true,
      teamMember: true,
      otherTeam: false,
      stranger: false,
      admin: false,
    };
    for (const [name, viewer] of Object.entries(VIEWERS)) {
      const visible = expected[name];
      expect(mayView(viewer, restricted), name).toBe(visible);
      const listed = (await ctx.store.list({}, { viewer })).items.map((p) => p.id);
      expect(listed.includes(restricted.id), name).toBe(visible);
      expect(listed, name).toContain(internal.id);
      if (visible) {
        await expect(ctx.store.get(restricted.id, { viewer })).resolves.toMatchObject({
          id: restricted.id,
        });
        await expect(ctx.store.listRevisions(restricted.id, { viewer })).resolves.toBeDefined();
      } else {
        await expect(ctx.store.get(restricted.id, { viewer })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(ctx.store.get(restricted.slug, { viewer })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(ctx.store.getRevision(restricted.id, 1, { viewer })).rejects.toBeInstanceOf(
          NotFoundError,
        );
      }
    }
    const all = (await ctx.store.list({}, { viewer: SYSTEM_VIEWER })).items.map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining([restricted.id, internal.id]));
  });

  it('follows the document: making it internal shows it to everyone, restricting it hides it again', async () => {
    const created = await ctx.store.create(
      { title: 'Quiet incident', visibility: 'restricted', authors: ['ada'] },
      { actor: 'ada' },
    );
    const stranger = VIEWERS['stranger'] as Viewer;
    const opened = await ctx.store.update(
      created.id,
      { ...created.model, visibility: 'internal' },
      { actor: 'ada', baseRevision: 1 },
    );
    expect((await ctx.store.list({}, { viewer: stranger })).items.map((p) => p.id)).toContain(
      created.id,
    );
    await ctx.store.update(
      created.id,
      { ...opened.model, visibility: 'restricted', reviewers: ['sam'] },
      { actor: 'ada', baseRevision: 2 },
    );
    // sam is now a named reviewer, so still sees it; tom does not.
    await expect(ctx.store.get(created.id, { viewer: stranger })).resolves.toBeDefined();
    await expect(
      ctx.store.get(created.id, { viewer: VIEWERS['teamMember'] as Viewer }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
