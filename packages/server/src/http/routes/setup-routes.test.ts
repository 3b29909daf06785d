import { expect, it } from 'vitest';
import { forEachApp } from '../test-support/for-each-app.js';
import { realAuth } from '../test-support/sign-in.js';

const PASSWORD = 'correct horse battery staple';

forEachApp(
  'setup routes',
  (ctx) => {
    it('creates the first admin once, signs them in with a safe cookie, then refuses', async () => {
      const before = await ctx.app.inject({ url: '/api/setup' });
      expect(before.json()).toEqual({ needed: true });

      const bad = await ctx.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { username: 'root', password: 'short', extra: 1 },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues).toEqual([
        { path: 'body.extra', message: 'is not a known field' },
      ]);
      const weak = await ctx.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { username: 'root', password: 'short' },
      });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.issues[0].path).toBe('body.password');

      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { username: 'root', password: PASSWORD, displayName: 'Root Admin' },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        user: { username: 'root', role: 'admin', displayName: 'Root Admin' },
        via: 'session',
        csrfToken: expect.any(String),
      });
      const setCookie = String(created.headers['set-cookie']);
      expect(setCookie).toMatch(/^hindsight_session=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Lax');
      expect(setCookie).toContain('Path=/');
      expect(setCookie).not.toContain('Secure');

      const again = await ctx.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { username: 'intruder', password: PASSWORD },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('setup_done');
      expect((await ctx.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });
    });

    it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
      // The app of this suite does not trust proxies: X-Forwarded-Proto is ignored.
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'root', password: PASSWORD },
      });
      expect(String(res.headers['set-cookie'])).not.toContain('Secure');
    });
  },
  realAuth,
);

forEachApp(
  'setup routes behind a TLS proxy',
  (ctx) => {
    it('sets a Secure cookie', async () => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/setup',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'root', password: PASSWORD },
      });
      expect(res.statusCode).toBe(201);
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    });
  },
  { ...realAuth, config: { trustProxy: true } },
);

forEachApp(
  'setup race',
  (ctx) => {
    it('lets exactly one of two concurrent setups through', async () => {
      const [a, b] = await Promise.all(
        ['first', 'second'].map((username) =>
          ctx.app.inject({
            method: 'POST',
            url: '/api/setup',
            payload: { username, password: PASSWORD },
          }),
        ),
      );
      expect([a?.statusCode, b?.statusCode].sort()).toEqual([201, 409]);
      const users = await ctx.handle.db.selectFrom('users').select('username').execute();
      expect(users).toHaveLength(1);
    });
  },
  realAuth,
);

forEachApp(
  'setup routes with SECURE_COOKIES',
  (ctx) => {
    it('sets a Secure cookie over plain HTTP', async () => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { username: 'root', password: PASSWORD },
      });
      expect(res.statusCode).toBe(201);
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    });
  },
  { ...realAuth, config: { secureCookies: true } },
);
