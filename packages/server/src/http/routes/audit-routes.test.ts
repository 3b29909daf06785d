import { expect, it } from 'vitest';
import { createPostmortem } from '../test-support/create-postmortem.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerAuditRoutes } from './audit-routes.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';

forEachApp(
  'audit routes',
  (ctx) => {
    it('shows everyone only the records of postmortems they may see', async () => {
      const open = await createPostmortem(ctx.app, { title: 'Open audit' });
      const secret = await createPostmortem(ctx.app, {
        title: 'Secret audit',
        visibility: 'restricted',
        authors: ['ada'],
      });
      const ids = (res: { json(): { items: { postmortemId: string | null }[] } }) =>
        res.json().items.map((i) => i.postmortemId);

      const viewer = await ctx.app.inject({
        url: '/api/audit',
        headers: asViewer('viewer', 'vic'),
      });
      expect(viewer.statusCode).toBe(200);
      expect(ids(viewer)).toContain(open.id);
      expect(ids(viewer)).not.toContain(secret.id);

      const author = await ctx.app.inject({
        url: '/api/audit',
        headers: asViewer('viewer', 'ada'),
      });
      expect(ids(author)).toContain(secret.id);

      // An admin reads the whole log but for a restricted postmortem that does not name them:
      // it is invisible to admins too, everywhere (the authorization matrix checks it).
      const admin = await ctx.app.inject({ url: '/api/audit', headers: asViewer('admin', 'root') });
      expect(ids(admin)).toContain(open.id);
      expect(ids(admin)).not.toContain(secret.id);

      const one = await ctx.app.inject({
        url: `/api/audit?postmortem=${open.slug}`,
        headers: asViewer('viewer', 'vic'),
      });
      expect(one.json().items).toEqual([
        expect.objectContaining({ action: 'postmortem.create', actor: 'ada', revision: 1 }),
      ]);
      const hidden = await ctx.app.inject({
        url: `/api/audit?postmortem=${secret.id}`,
        headers: asViewer('viewer', 'vic'),
      });
      expect(hidden.statusCode).toBe(404);

      const first = // The author sees both postmortems' records: two pages of one.
        (
          await ctx.app.inject({ url: '/api/audit?limit=1', headers: asViewer('viewer', 'ada') })
        ).json();
      expect(first.items).toHaveLength(1);
      const next = (
        await ctx.app.inject({
          url: `/api/audit?limit=1&cursor=${first.nextCursor}`,
          headers: asViewer('viewer', 'ada'),
        })
      ).json();
      expect(next.items[0].id).toBeLessThan(first.items[0].id);
      const bad = await ctx.app.inject({
        url: '/api/audit?cursor=abc',
        headers: asViewer('admin', 'root'),
      });
      expect(bad.statusCode).toBe(400);
      expect(
        (await ctx.app.inject({ url: '/api/audit', headers: asViewer('none') })).statusCode,
      ).toBe(401);
    });
  },
  { routes: [registerPostmortemRoutes, registerAuditRoutes] },
);
