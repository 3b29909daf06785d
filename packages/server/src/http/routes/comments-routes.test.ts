import { expect, it } from 'vitest';
import { buildModel } from '../../storage/test-support/build-model.js';
import { countRows } from '../../storage/test-support/for-each-dialect.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { realAuth, signIn } from '../test-support/sign-in.js';
import type { SignedIn } from '../test-support/sign-in.js';

interface Comment {
  id: string;
  body: string;
  html: string;
  parentId: string | null;
  section: { id: string; kind: string; heading: string };
}

forEachApp(
  'comment routes',
  (ctx) => {
    let author: SignedIn;
    let other: SignedIn;
    let admin: SignedIn;
    let pmId = '';
    let secretId = '';
    const comments = (id: string) => `/api/postmortems/${id}/comments`;

    it('arranges users and postmortems', async () => {
      author = await signIn(ctx.app, { role: 'viewer' });
      other = await signIn(ctx.app, { role: 'editor' });
      admin = await signIn(ctx.app, { role: 'admin' });
      pmId = (await ctx.store.create(buildModel(), { actor: other.user.username })).id;
      secretId = (
        await ctx.store.create(buildModel({ visibility: 'restricted', authors: [], teams: [] }), {
          actor: other.user.username,
        })
      ).id;
    });

    it('comments on a section and replies, as any signed-in reader, with sanitised HTML', async () => {
      const created = await ctx.app.inject({
        method: 'POST',
        url: comments(pmId),
        headers: author.headers,
        payload: {
          sectionId: 'summary',
          quote: '39 minutes',
          body: 'Was it **39**? <a href="javascript:alert(1)">x</a><script>alert(1)</script>',
        },
      });
      expect(created.statusCode).toBe(201);
      const root = created.json<Comment>();
      expect(root.section).toEqual({ id: 'summary', kind: 'summary', heading: 'Summary' });
      expect(root.html).toContain('<strong>39</strong>');
      expect(root.html).not.toMatch(/href="javascript|<script/);
      const reply = await ctx.app.inject({
        method: 'POST',
        url: comments(pmId),
        headers: other.headers,
        payload: { parentId: root.id, body: 'Yes, from the alert to the rollback.' },
      });
      expect(reply.statusCode).toBe(201);
      const listed = await ctx.app.inject({ url: comments(pmId), headers: admin.headers });
      expect(listed.json<{ sections: { id: string }[] }>().sections.map((s) => s.id)).toEqual([
        'summary',
        'timeline',
        'action-items',
      ]);
      expect(listed.json<{ items: Comment[] }>().items.map((c) => c.parentId)).toEqual([
        null,
        root.id,
      ]);

      const hijack = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/comments/${root.id}`,
        headers: other.headers,
        payload: { body: 'Changed by someone else' },
      });
      expect(hijack.statusCode).toBe(403);
      const resolved = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/comments/${root.id}`,
        headers: other.headers,
        payload: { resolved: true },
      });
      expect(resolved.json()).toMatchObject({ resolved: true, resolvedBy: other.user.username });
      const unresolved = await ctx.app.inject({
        url: `${comments(pmId)}?resolved=false`,
        headers: author.headers,
      });
      expect(unresolved.json<{ items: Comment[] }>().items).toHaveLength(1);

      const removed = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/comments/${root.id}`,
        headers: admin.headers,
      });
      expect(removed.statusCode).toBe(204);
      const after = await ctx.app.inject({
        url: `/api/comments/${root.id}`,
        headers: author.headers,
      });
      expect(after.json()).toMatchObject({ deleted: true, body: '' });
    });

    it('keeps the comments of a restricted postmortem from everyone it does not name', async () => {
      const mine = await ctx.app.inject({
        method: 'POST',
        url: comments(secretId),
        headers: other.headers,
        payload: { sectionId: 'summary', body: 'Only for us' },
      });
      expect(mine.statusCode).toBe(201);
      const id = mine.json<Comment>().id;
      for (const who of [author, admin]) {
        expect(
          (await ctx.app.inject({ url: comments(secretId), headers: who.headers })).statusCode,
        ).toBe(404);
        expect(
          (await ctx.app.inject({ url: `/api/comments/${id}`, headers: who.headers })).statusCode,
        ).toBe(404);
        const write = await ctx.app.inject({
          method: 'POST',
          url: comments(secretId),
          headers: who.headers,
          payload: { sectionId: 'summary', body: 'x' },
        });
        expect(write.statusCode).toBe(404);
      }
      expect((await ctx.app.inject({ url: comments(secretId) })).statusCode).toBe(401);
    });

    it('names the field of bad input and stores nothing', async () => {
      const before = await countRows(ctx.handle);
      const cases: [unknown, string][] = [
        [{ sectionId: 'nowhere', body: 'x' }, 'body.sectionId'],
        [{ sectionId: 'summary' }, 'body.body'],
        [{ sectionId: 'summary', body: 42 }, 'body.body'],
        [{ sectionId: 'summary', body: 'x', sticky: true }, 'body.sticky'],
        [{ parentId: 'not-a-uuid', body: 'x' }, 'body.parentId'],
      ];
      for (const [payload, path] of cases) {
        const res = await ctx.app.inject({
          method: 'POST',
          url: comments(pmId),
          headers: author.headers,
          payload: payload as object,
        });
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      }
      const huge = await ctx.app.inject({
        method: 'POST',
        url: comments(pmId),
        headers: author.headers,
        payload: { sectionId: 'summary', body: 'x'.repeat(2 * 1024 * 1024) },
      });
      expect(huge.statusCode).toBe(413);
      expect(await countRows(ctx.handle)).toEqual(before);
    });
  },
  realAuth,
);
