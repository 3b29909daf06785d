import { expect, it } from 'vitest';
import { requireViewer } from '../auth/guards.js';
import { ROUTE_MODULES } from './index.js';
import type { RouteModule } from './route-module.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { realAuth, signIn } from '../test-support/sign-in.js';

const PASSWORD = 'correct horse battery staple';

/** A read through the store as the request's viewer, like the postmortem routes do. */
const probe: RouteModule = (app, ctx) => {
  app.get('/api/probe/postmortems/:id', async (request) => {
    const { id } = request.params as { id: string };
    const found = await ctx.store.get(id, { viewer: requireViewer(request) });
    return { id: found.id };
  });
};

forEachApp(
  'users, teams and tokens routes',
  (ctx) => {
    it('lets only admins manage accounts', async () => {
      const admin = await signIn(ctx.app, { role: 'admin', username: 'root' });
      const editor = await signIn(ctx.app, { role: 'editor', username: 'ed' });
      const create = (headers: Record<string, string>) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/users',
          headers,
          payload: { username: 'newbie', password: PASSWORD, role: 'viewer' },
        });
      expect((await create(editor.headers)).statusCode).toBe(403);
      expect((await create({})).statusCode).toBe(401);
      const created = await create(admin.headers);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ username: 'newbie', role: 'viewer' });
      const taken = await create(admin.headers);
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toMatchObject({
        code: 'username_taken',
        issues: [{ path: 'body.username', message: 'is taken' }],
      });

      const full = await ctx.app.inject({ url: '/api/users', headers: admin.headers });
      expect(full.json().items.map((u: { username: string }) => u.username)).toEqual([
        'ed',
        'newbie',
        'root',
      ]);
      // Editors pick reviewers, so they see roles; never e-mail or account state.
      const directory = await ctx.app.inject({ url: '/api/users', headers: editor.headers });
      expect(directory.json().items).toEqual([
        { id: expect.any(String), username: 'ed', displayName: null, role: 'editor' },
        { id: expect.any(String), username: 'newbie', displayName: null, role: 'viewer' },
        { id: expect.any(String), username: 'root', displayName: null, role: 'admin' },
      ]);
      const reader = await signIn(ctx.app, { role: 'reviewer', username: 'rev' });
      const names = await ctx.app.inject({ url: '/api/users', headers: reader.headers });
      expect(names.json().items[0]).toEqual({
        id: expect.any(String),
        username: 'ed',
        displayName: null,
      });

      const id = created.json().id as string;
      const promote = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: editor.headers,
        payload: { role: 'admin' },
      });
      expect(promote.statusCode).toBe(403);
      const promoted = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: admin.headers,
        payload: { role: 'reviewer', email: 'newbie@example.com' },
      });
      expect(promoted.json()).toMatchObject({ role: 'reviewer', email: 'newbie@example.com' });
      const unknown = await ctx.app.inject({
        method: 'PATCH',
        url: '/api/users/not-an-id',
        headers: admin.headers,
        payload: { role: 'viewer' },
      });
      expect(unknown.statusCode).toBe(404);
      const badRole = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: admin.headers,
        payload: { role: 'owner' },
      });
      expect(badRole.statusCode).toBe(400);
      expect(badRole.json().error.issues[0].path).toBe('body.role');
      const lastAdmin = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${admin.user.id}`,
        headers: admin.headers,
        payload: { role: 'editor' },
      });
      expect(lastAdmin.statusCode).toBe(409);
      expect(lastAdmin.json().error.code).toBe('last_admin');

      const reset = await ctx.app.inject({
        method: 'POST',
        url: `/api/users/${id}/password`,
        headers: admin.headers,
        payload: { password: 'another long passphrase' },
      });
      expect(reset.statusCode).toBe(204);
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'newbie', password: 'another long passphrase' },
      });
      expect(login.statusCode).toBe(200);
      const audit = (await ctx.store.listAudit({ limit: 20 })).map((a) => a.action);
      expect(audit).toEqual(
        expect.arrayContaining(['user.create', 'user.update', 'user.password']),
      );
    });

    it('takes access away from a disabled user at once, sessions and tokens alike', async () => {
      const admin = await signIn(ctx.app, { role: 'admin' });
      const browser = await signIn(ctx.app, { role: 'editor', username: 'leaver' });
      const { secret } = await ctx.app.ctx.services.accounts!.tokens.create(
        browser.user,
        { name: 'script' },
        { actor: 'leaver' },
      );
      const bearer = { authorization: `Bearer ${secret}` };
      expect((await ctx.app.inject({ url: '/api/auth/me', headers: bearer })).statusCode).toBe(200);
      const disable = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/users/${browser.user.id}`,
        headers: admin.headers,
        payload: { disabled: true },
      });
      expect(disable.json()).toMatchObject({ disabled: true });
      expect(
        (await ctx.app.inject({ url: '/api/auth/me', headers: browser.headers })).statusCode,
      ).toBe(401);
      expect((await ctx.app.inject({ url: '/api/auth/me', headers: bearer })).statusCode).toBe(401);
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'leaver', password: browser.password },
      });
      expect(login.statusCode).toBe(401);
    });

    it('manages teams (admin) and lists them (everyone)', async () => {
      const admin = await signIn(ctx.app, { role: 'admin' });
      const viewer = await signIn(ctx.app, { role: 'viewer', username: 'vic' });
      const denied = await ctx.app.inject({
        method: 'POST',
        url: '/api/teams',
        headers: viewer.headers,
        payload: { name: 'search' },
      });
      expect(denied.statusCode).toBe(403);
      const team = await ctx.app.inject({
        method: 'POST',
        url: '/api/teams',
        headers: admin.headers,
        payload: { name: 'search' },
      });
      expect(team.statusCode).toBe(201);
      const teamId = team.json().id as string;
      const added = await ctx.app.inject({
        method: 'POST',
        url: `/api/teams/${teamId}/members`,
        headers: admin.headers,
        payload: { username: 'VIC' },
      });
      expect(added.json()).toMatchObject({ name: 'search', members: ['vic'] });
      const nobody = await ctx.app.inject({
        method: 'POST',
        url: `/api/teams/${teamId}/members`,
        headers: admin.headers,
        payload: { username: 'ghost' },
      });
      expect(nobody.statusCode).toBe(404);
      const list = await ctx.app.inject({ url: '/api/teams', headers: viewer.headers });
      expect(list.json().items).toEqual([
        expect.objectContaining({ name: 'search', members: ['vic'] }),
      ]);
      const removed = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/teams/${teamId}/members/${viewer.user.id}`,
        headers: admin.headers,
      });
      expect(removed.json().members).toEqual([]);
    });

    it('shows a restricted postmortem to a member of its team, and to nobody else', async () => {
      const created = await ctx.store.create(
        { title: 'Leaked keys', visibility: 'restricted', teams: ['security'] },
        { actor: 'someone-else' },
      );
      const member = await signIn(ctx.app, { role: 'viewer', teams: ['security'] });
      const memberByToken = await signIn(ctx.app, {
        role: 'viewer',
        teams: ['security'],
        via: 'token',
      });
      const admin = await signIn(ctx.app, { role: 'admin' });
      const outsider = await signIn(ctx.app, { role: 'editor', teams: ['payments'] });
      const url = `/api/probe/postmortems/${created.id}`;
      expect((await ctx.app.inject({ url, headers: member.headers })).statusCode).toBe(200);
      expect((await ctx.app.inject({ url, headers: memberByToken.headers })).statusCode).toBe(200);
      expect((await ctx.app.inject({ url, headers: admin.headers })).statusCode).toBe(404);
      expect((await ctx.app.inject({ url, headers: outsider.headers })).statusCode).toBe(404);
    });

    it('lets users revoke their own tokens, admins anyone’s, and hides others’ from the rest', async () => {
      const admin = await signIn(ctx.app, { role: 'admin' });
      const ada = await signIn(ctx.app, { role: 'editor' });
      const bob = await signIn(ctx.app, { role: 'editor' });
      const made = await ctx.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: ada.headers,
        payload: { name: 'deploy', role: 'viewer', expiresInDays: 30 },
      });
      expect(made.statusCode).toBe(201);
      const { token, secret } = made.json() as { token: { id: string }; secret: string };
      const tooMuch = await ctx.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: ada.headers,
        payload: { name: 'root', role: 'admin' },
      });
      expect(tooMuch.statusCode).toBe(400);
      expect(tooMuch.json().error.issues[0].path).toBe('body.role');
      const asToken = await ctx.app.inject({
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(asToken.json()).toMatchObject({ role: 'viewer', user: { id: ada.user.id } });

      const byBob = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/tokens/${token.id}`,
        headers: bob.headers,
      });
      expect(byBob.statusCode).toBe(404);
      const everyone = await ctx.app.inject({ url: '/api/tokens?all=true', headers: bob.headers });
      expect(everyone.statusCode).toBe(403);
      const all = await ctx.app.inject({ url: '/api/tokens?all=true', headers: admin.headers });
      expect(all.json().items.map((t: { id: string }) => t.id)).toContain(token.id);
      const byAdmin = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/tokens/${token.id}`,
        headers: admin.headers,
      });
      expect(byAdmin.statusCode).toBe(200);
      expect(byAdmin.json().revokedAt).not.toBeNull();
      const revoked = await ctx.app.inject({
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(revoked.statusCode).toBe(401);
    });
  },
  { ...realAuth, routes: [...ROUTE_MODULES, probe] },
);
