import { expect, it } from 'vitest';
import { createPostmortem } from '../test-support/create-postmortem.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';
import { registerTrashRoutes } from './trash-routes.js';

const editor = asViewer('editor', 'ada');

forEachApp(
  'trash routes',
  (ctx) => {
    it('lists what was deleted and restores it', async () => {
      const pm = await createPostmortem(ctx.app, { title: 'Trash me' });
      const hidden = await createPostmortem(ctx.app, {
        title: 'Secret trash',
        visibility: 'restricted',
      });
      for (const id of [pm.id, hidden.id])
        expect(
          (
            await ctx.app.inject({
              method: 'DELETE',
              url: `/api/postmortems/${id}`,
              headers: editor,
            })
          ).statusCode,
        ).toBe(204);

      const trash = (await ctx.app.inject({ url: '/api/trash', headers: editor })).json();
      expect(trash.items.map((i: { id: string }) => i.id)).toEqual([hidden.id, pm.id]);
      expect(trash.items[0].deletedAt).toEqual(expect.any(String));
      const other = (
        await ctx.app.inject({ url: '/api/trash', headers: asViewer('admin', 'root') })
      ).json();
      expect(other.items.map((i: { id: string }) => i.id)).toEqual([pm.id]);
      const byViewer = await ctx.app.inject({
        url: '/api/trash',
        headers: asViewer('viewer', 'vic'),
      });
      expect(byViewer.statusCode).toBe(403);

      const secret = await ctx.app.inject({
        method: 'POST',
        url: `/api/trash/${hidden.id}/restore`,
        headers: asViewer('admin', 'root'),
      });
      expect(secret.statusCode).toBe(404);
      const back = await ctx.app.inject({
        method: 'POST',
        url: `/api/trash/${pm.id}/restore`,
        headers: editor,
      });
      expect(back.statusCode).toBe(200);
      expect(back.json()).toMatchObject({ id: pm.id, deletedAt: null });
      expect(
        (await ctx.app.inject({ url: `/api/postmortems/${pm.slug}`, headers: editor })).statusCode,
      ).toBe(200);
      const again = await ctx.app.inject({
        method: 'POST',
        url: `/api/trash/${pm.id}/restore`,
        headers: editor,
      });
      expect(again.statusCode).toBe(404);
      const badSort = await ctx.app.inject({ url: '/api/trash?sort=nope', headers: editor });
      expect(badSort.json().error.issues[0].path).toBe('query.sort');
    });
  },
  { routes: [registerPostmortemRoutes, registerTrashRoutes] },
);
