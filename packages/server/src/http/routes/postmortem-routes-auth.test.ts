import { expect, it } from 'vitest';
import { buildModel } from '../../storage/test-support/build-model.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { realAuth, signIn } from '../test-support/sign-in.js';

// The whole app with real sessions and tokens: the postmortem routes behind the auth layer's
// resolver and CSRF guard, as a browser and a script reach them.
forEachApp(
  'postmortem routes with real sign-in',
  (ctx) => {
    it('lets a signed-in editor write, with the CSRF token, and a viewer token read', async () => {
      const ada = await signIn(ctx.app, { role: 'editor', username: 'ada-real' });
      const withoutCsrf = await ctx.app.inject({
        method: 'POST',
        url: '/api/postmortems',
        headers: { cookie: ada.cookie ?? '' },
        payload: { model: buildModel({ title: 'No CSRF' }) },
      });
      expect(withoutCsrf.statusCode).toBe(403);

      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/postmortems',
        headers: ada.headers,
        payload: { model: buildModel({ title: 'Real sign-in' }) },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().createdBy).toBe('ada-real');

      const ci = await signIn(ctx.app, { role: 'viewer', via: 'token' });
      const read = await ctx.app.inject({
        url: `/api/postmortems/${created.json().id}`,
        headers: ci.headers,
      });
      expect(read.statusCode).toBe(200);
      const write = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/postmortems/${created.json().id}`,
        headers: ci.headers,
        payload: { baseRevision: 1, title: 'Not allowed' },
      });
      expect(write.statusCode).toBe(403);

      const anonymous = await ctx.app.inject({ url: '/api/postmortems' });
      expect(anonymous.statusCode).toBe(401);
    });

    it('shows a restricted postmortem to its team only', async () => {
      const owner = await signIn(ctx.app, { role: 'editor', teams: ['security'] });
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/postmortems',
        headers: owner.headers,
        payload: {
          model: buildModel({
            title: 'Key leak',
            visibility: 'restricted',
            teams: ['security'],
            authors: [],
          }),
        },
      });
      expect(created.statusCode).toBe(201);
      const url = `/api/postmortems/${created.json().id}`;
      const member = await signIn(ctx.app, { role: 'viewer', teams: ['security'] });
      expect((await ctx.app.inject({ url, headers: member.headers })).statusCode).toBe(200);
      const admin = await signIn(ctx.app, { role: 'admin' });
      expect((await ctx.app.inject({ url, headers: admin.headers })).statusCode).toBe(404);
    });
  },
  realAuth,
);
