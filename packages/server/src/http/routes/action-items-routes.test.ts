import { expect, it } from 'vitest';
import { buildModel } from '../../storage/test-support/build-model.js';
import { countRows } from '../../storage/test-support/for-each-dialect.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { realAuth, signIn } from '../test-support/sign-in.js';
import type { SignedIn } from '../test-support/sign-in.js';

interface Item {
  id: string;
  title: string;
  overdue: boolean;
  postmortem: { id: string; slug: string; title: string };
}

forEachApp(
  'action-item routes',
  (ctx) => {
    let editor: SignedIn;
    let viewer: SignedIn;
    let member: SignedIn;
    let checkoutId = '';
    let secretId = '';

    it('arranges two postmortems, one restricted to the payments team', async () => {
      editor = await signIn(ctx.app, { role: 'editor' });
      viewer = await signIn(ctx.app, { role: 'viewer' });
      member = await signIn(ctx.app, { role: 'viewer', teams: ['payments'] });
      checkoutId = (await ctx.store.create(buildModel(), { actor: editor.user.username })).id;
      secretId = (
        await ctx.store.create(
          buildModel({
            title: 'Card data exposure',
            visibility: 'restricted',
            authors: [],
            teams: ['payments'],
            actionItems: [{ title: 'Rotate the keys', owner: 'ada', due: '2024-01-01' }],
          }),
          { actor: 'someone-else' },
        )
      ).id;
    });

    it('lists the board with each row’s postmortem, leaving out what the viewer may not see', async () => {
      const res = await ctx.app.inject({
        url: '/api/action-items?owner=ada',
        headers: viewer.headers,
      });
      expect(res.statusCode).toBe(200);
      const page = res.json<{ items: Item[]; nextCursor: string | null }>();
      expect(page.items.map((i) => i.title)).toEqual(['Validate config before it is pushed']);
      expect(page.items[0]?.postmortem.id).toBe(checkoutId);
      const forMember = await ctx.app.inject({
        url: '/api/action-items?owner=ada&overdue=true',
        headers: member.headers,
      });
      expect(forMember.json<{ items: Item[] }>().items.map((i) => i.title)).toEqual([
        'Rotate the keys',
        'Validate config before it is pushed',
      ]);
      const stats = await ctx.app.inject({
        url: '/api/action-items/stats',
        headers: viewer.headers,
      });
      expect(stats.json()).toMatchObject({ total: 2, byStatus: { open: 1, 'in-progress': 1 } });
      const memberStats = await ctx.app.inject({
        url: '/api/action-items/stats',
        headers: member.headers,
      });
      expect(memberStats.json()).toMatchObject({ total: 3, overdue: 2 });

      const secretItem = forMember.json<{ items: Item[] }>().items[0];
      expect(secretItem?.postmortem.id).toBe(secretId);
      const hidden = await ctx.app.inject({
        url: `/api/action-items/${secretItem?.id}`,
        headers: viewer.headers,
      });
      expect(hidden.statusCode).toBe(404);
      const patch = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/action-items/${secretItem?.id}`,
        headers: editor.headers,
        payload: { baseRevision: 1, status: 'done' },
      });
      expect(patch.statusCode).toBe(404);
    });

    it('creates, changes and deletes an item as new revisions, 409 on a stale one', async () => {
      const created = await ctx.app.inject({
        method: 'POST',
        url: `/api/postmortems/${checkoutId}/action-items`,
        headers: editor.headers,
        payload: { baseRevision: 1, title: 'Add a canary stage', owner: 'lin', priority: 'high' },
      });
      expect(created.statusCode).toBe(201);
      const { item, postmortem } = created.json<{ item: Item; postmortem: { revision: number } }>();
      expect(postmortem.revision).toBe(2);
      expect(created.headers['location']).toBe(`/api/action-items/${item.id}`);

      const stale = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/action-items/${item.id}`,
        headers: editor.headers,
        payload: { baseRevision: 1, status: 'done' },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({
        code: 'revision_conflict',
        current: { revision: 2 },
      });

      const changed = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/action-items/${item.id}`,
        headers: editor.headers,
        payload: { baseRevision: 2, status: 'in-progress', due: '2030-01-01' },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({
        item: { id: item.id, status: 'in-progress', due: '2030-01-01' },
        postmortem: { revision: 3 },
      });

      const byViewer = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/action-items/${item.id}?baseRevision=3`,
        headers: viewer.headers,
      });
      expect(byViewer.statusCode).toBe(403);
      const deleted = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/action-items/${item.id}?baseRevision=3`,
        headers: editor.headers,
      });
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json()).toEqual({ postmortem: { id: checkoutId, revision: 4 } });
      const gone = await ctx.app.inject({
        url: `/api/action-items/${item.id}`,
        headers: editor.headers,
      });
      expect(gone.statusCode).toBe(404);
    });

    it('names the field of bad input and stores nothing', async () => {
      const before = await countRows(ctx.handle);
      const bad: [string, string, unknown, string][] = [
        ['POST', `/api/postmortems/${checkoutId}/action-items`, { baseRevision: 4 }, 'body.title'],
        [
          'POST',
          `/api/postmortems/${checkoutId}/action-items`,
          { baseRevision: 4, title: 'x', due: '2024-02-30' },
          'body.due',
        ],
        [
          'POST',
          `/api/postmortems/${checkoutId}/action-items`,
          { baseRevision: 4, title: 'x', owner: 7 },
          'body.owner',
        ],
        [
          'POST',
          `/api/postmortems/${checkoutId}/action-items`,
          { baseRevision: 4, title: 'x', size: 'L' },
          'body.size',
        ],
        [
          'POST',
          `/api/postmortems/${checkoutId}/action-items`,
          { baseRevision: 4, title: 'Alert on config push errors' },
          'body.title',
        ],
      ];
      for (const [method, url, payload, path] of bad) {
        const res = await ctx.app.inject({
          method: method as 'POST',
          url,
          headers: editor.headers,
          payload: payload as object,
        });
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      }
      for (const [query, path] of [
        ['status=finished', 'query.status'],
        ['dueBefore=tomorrow', 'query.dueBefore'],
        ['limit=0', 'query.limit'],
        ['sort=colour', 'query.sort'],
        ['cursor=abc', 'query.cursor'],
        ['overdue=maybe', 'query.overdue'],
      ] as const) {
        const res = await ctx.app.inject({
          url: `/api/action-items?${query}`,
          headers: viewer.headers,
        });
        expect(res.statusCode, query).toBe(400);
        expect(res.json().error.issues[0].path).toBe(path);
      }
      expect(await countRows(ctx.handle)).toEqual(before);
    });

    it('pages the board by cursor', async () => {
      const first = await ctx.app.inject({
        url: '/api/action-items?limit=1&sort=due',
        headers: member.headers,
      });
      const page = first.json<{ items: Item[]; nextCursor: string }>();
      expect(page.items).toHaveLength(1);
      const second = await ctx.app.inject({
        url: `/api/action-items?limit=5&sort=due&cursor=${encodeURIComponent(page.nextCursor)}`,
        headers: member.headers,
      });
      const rest = second.json<{ items: Item[]; nextCursor: string | null }>();
      expect(rest.nextCursor).toBeNull();
      expect(new Set([...page.items, ...rest.items].map((i) => i.id)).size).toBe(3);
    });
  },
  realAuth,
);
