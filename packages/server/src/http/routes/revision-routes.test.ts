import { expect, it } from 'vitest';
import { countRows } from '../../storage/test-support/for-each-dialect.js';
import { createPostmortem } from '../test-support/create-postmortem.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';
import { registerRevisionRoutes } from './revision-routes.js';

const editor = asViewer('editor', 'ada');

forEachApp(
  'revision routes',
  (ctx) => {
    async function edit(id: string, baseRevision: number, title: string) {
      const res = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/postmortems/${id}`,
        headers: editor,
        payload: { baseRevision, title, summary: `Title: ${title}` },
      });
      expect(res.statusCode, res.body).toBe(200);
    }

    it('lists, reads, compares and restores revisions', async () => {
      const pm = await createPostmortem(ctx.app, { title: 'First title' });
      await edit(pm.id, 1, 'Second title');
      await edit(pm.id, 2, 'Third title');
      const base = `/api/postmortems/${pm.slug}/revisions`;

      const list = (await ctx.app.inject({ url: base, headers: editor })).json();
      expect(list.items.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);
      expect(list.items[0]).toMatchObject({ author: 'ada', summary: 'Title: Third title' });
      const paged = (await ctx.app.inject({ url: `${base}?limit=2`, headers: editor })).json();
      expect(paged.items).toHaveLength(2);
      const rest = (
        await ctx.app.inject({
          url: `${base}?limit=2&cursor=${encodeURIComponent(paged.nextCursor)}`,
          headers: editor,
        })
      ).json();
      expect(rest.items.map((r: { number: number }) => r.number)).toEqual([1]);

      const one = (await ctx.app.inject({ url: `${base}/1`, headers: editor })).json();
      expect(one.model.title).toBe('First title');

      const diff = (await ctx.app.inject({ url: `${base}/3/diff`, headers: editor })).json();
      expect(diff).toMatchObject({ from: 2, to: 3 });
      expect(diff.diff).toContain('-title: Second title');
      expect(diff.diff).toContain('+title: Third title');
      expect(diff.added).toBeGreaterThan(0);
      const whole = (await ctx.app.inject({ url: `${base}/1/diff`, headers: editor })).json();
      expect(whole.from).toBe(0);
      expect(whole.removed).toBe(0);
      const badFrom = await ctx.app.inject({ url: `${base}/1/diff?from=3`, headers: editor });
      expect(badFrom.statusCode).toBe(400);
      expect(badFrom.json().error.issues[0].path).toBe('query.from');

      const stale = await ctx.app.inject({
        method: 'POST',
        url: `${base}/1/restore`,
        headers: editor,
        payload: { baseRevision: 2 },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.current.revision).toBe(3);
      const restored = await ctx.app.inject({
        method: 'POST',
        url: `${base}/1/restore`,
        headers: editor,
        payload: { baseRevision: 3 },
      });
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toMatchObject({ revision: 4, model: { title: 'First title' } });
      const audit = await ctx.store.listAudit({ postmortemId: pm.id, limit: 1 });
      expect(audit[0]).toMatchObject({
        action: 'postmortem.restore-revision',
        details: { restored: 1 },
      });
    });

    it('answers 404 for missing revisions and hidden postmortems, 403 for restoring as a viewer', async () => {
      const pm = await createPostmortem(ctx.app, { title: 'Hidden', visibility: 'restricted' });
      const base = `/api/postmortems/${pm.id}/revisions`;
      expect((await ctx.app.inject({ url: `${base}/9`, headers: editor })).statusCode).toBe(404);
      const stranger = asViewer('admin', 'root');
      for (const url of [base, `${base}/1`, `${base}/1/diff`])
        expect((await ctx.app.inject({ url, headers: stranger })).statusCode, url).toBe(404);
      const before = await countRows(ctx.handle);
      const restore = await ctx.app.inject({
        method: 'POST',
        url: `${base}/1/restore`,
        headers: stranger,
        payload: { baseRevision: 1 },
      });
      expect(restore.statusCode).toBe(404);
      const open = await createPostmortem(ctx.app, { title: 'Open' });
      const viewer = await ctx.app.inject({
        method: 'POST',
        url: `/api/postmortems/${open.id}/revisions/1/restore`,
        headers: asViewer('viewer', 'vic'),
        payload: { baseRevision: 1 },
      });
      expect(viewer.statusCode).toBe(403);
      const bad = await ctx.app.inject({ url: `${base}/zero`, headers: editor });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe('params.number');
      expect((await countRows(ctx.handle)).revisions).toBe((before.revisions ?? 0) + 1);
    });
  },
  { routes: [registerPostmortemRoutes, registerRevisionRoutes] },
);
