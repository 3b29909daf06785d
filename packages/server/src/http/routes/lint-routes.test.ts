import { expect, it } from 'vitest';
import { createPostmortem } from '../test-support/create-postmortem.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerLintRoutes } from './lint-routes.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';
import { registerTemplateRoutes } from './template-routes.js';

const editor = asViewer('editor', 'ada');

forEachApp(
  'lint and template routes',
  (ctx) => {
    it('lints the stored document with a profile and gives the score', async () => {
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/postmortems',
        headers: editor,
        payload: { template: 'holberton', title: 'Unfinished', date: '2024-06-07' },
      });
      const id = created.json().id;
      const own = (
        await ctx.app.inject({ url: `/api/postmortems/${id}/lint`, headers: editor })
      ).json();
      expect(own.profile).toBe('holberton');
      expect(own.revision).toBe(1);
      expect(own.errorCount).toBeGreaterThan(0);
      expect(own.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('no-placeholder');
      expect(own.score.value).toBeLessThan(100);
      expect(own.messages[0]).toEqual(
        expect.objectContaining({ line: expect.any(Number), fixable: expect.any(Boolean) }),
      );
      const sre = (
        await ctx.app.inject({
          url: `/api/postmortems/${id}/lint?profile=sre`,
          headers: asViewer('viewer', 'vic'),
        })
      ).json();
      expect(sre.profile).toBe('sre');
      const bad = await ctx.app.inject({
        url: `/api/postmortems/${id}/lint?profile=strict`,
        headers: editor,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe('query.profile');
    });

    it('hides the lint of a postmortem the viewer may not see', async () => {
      const pm = await createPostmortem(ctx.app, {
        title: 'Restricted lint',
        visibility: 'restricted',
      });
      const res = await ctx.app.inject({
        url: `/api/postmortems/${pm.id}/lint`,
        headers: asViewer('admin', 'root'),
      });
      expect(res.statusCode).toBe(404);
    });

    it('lists the templates', async () => {
      const res = (await ctx.app.inject({ url: '/api/templates', headers: editor })).json();
      expect(res.items.map((t: { id: string }) => t.id)).toEqual(
        expect.arrayContaining(['standard', 'holberton', 'sre', 'minimal']),
      );
    });
  },
  { routes: [registerPostmortemRoutes, registerLintRoutes, registerTemplateRoutes] },
);
