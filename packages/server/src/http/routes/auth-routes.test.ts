import { afterAll, beforeAll, expect, it } from 'vitest';
import { AccountStore } from '../../auth/account-store.js';
import { testClock } from '../../auth/test-support/clock.js';
import { forEachDialect } from '../../storage/test-support/for-each-dialect.js';
import { buildApp } from '../build-app.js';
import type { HttpApp } from '../http-app.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { createTestUser, realAuth, signIn } from '../test-support/sign-in.js';

const HOUR = 3_600_000;

forEachApp(
  'auth routes: sign-in, sign-out, CSRF',
  (ctx) => {
    it('signs in, tells who is signed in, and signs out', async () => {
      const { user, password } = await createTestUser(ctx.app, {
        role: 'editor',
        username: 'Ada',
        teams: ['payments'],
      });
      const wrong = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ada', password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error.code).toBe('invalid_credentials');
      expect(wrong.headers['set-cookie']).toBeUndefined();
      const unknown = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password },
      });
      expect(unknown.json()).toEqual(wrong.json());

      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ADA', password },
      });
      expect(login.statusCode).toBe(200);
      const cookie = `hindsight_session=${login.cookies[0]?.value ?? ''}`;
      const csrf = login.json().csrfToken as string;
      const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } });
      expect(me.json()).toMatchObject({
        user: { id: user.id, username: 'Ada' },
        role: 'editor',
        teams: ['payments'],
        via: 'session',
        csrfToken: csrf,
      });
      expect(me.body).not.toContain('password');

      const noToken = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie },
      });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.json().error.code).toBe('csrf_rejected');
      const out = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/hindsight_session=;/);
      const after = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } });
      expect(after.statusCode).toBe(401);
      const audit = await ctx.store.listAudit({ limit: 3 });
      expect(audit.map((a) => a.action)).toEqual([
        'session.logout',
        'session.login',
        'team.add-member',
      ]);
    });

    it('refuses unsafe cookie requests without the right CSRF token or from another origin', async () => {
      const ada = await signIn(ctx.app, { role: 'editor' });
      const post = (headers: Record<string, string>) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/tokens',
          headers,
          payload: { name: 'ci' },
        });
      const cookie = ada.cookie ?? '';
      const attempts: Record<string, string>[] = [
        { cookie },
        { cookie, 'x-csrf-token': 'wrong' },
        { cookie, 'x-csrf-token': `${ada.csrfToken ?? ''}x` },
        { ...ada.headers, origin: 'https://evil.example' },
        { ...ada.headers, origin: 'null' },
        { ...ada.headers, 'sec-fetch-site': 'cross-site' },
      ];
      for (const headers of attempts) {
        const res = await post(headers);
        expect(res.statusCode, JSON.stringify(headers)).toBe(403);
        expect(res.json().error.code).toBe('csrf_rejected');
      }
      const rows = await ctx.handle.db.selectFrom('api_tokens').select('id').execute();
      expect(rows).toHaveLength(0);
      const ok = await post({ ...ada.headers, origin: 'http://localhost:80' });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().secret).toMatch(/^hs_/);
      // Reads need no CSRF token.
      const list = await ctx.app.inject({ url: '/api/tokens', headers: { cookie } });
      expect(list.json().items).toHaveLength(1);
      expect(list.body).not.toContain(ok.json().secret);
    });

    it('refuses a sign-in posted from another site (login forgery)', async () => {
      const { user, password } = await createTestUser(ctx.app, { role: 'viewer' });
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'https://evil.example' },
        payload: { username: user.username, password },
      });
      expect(res.statusCode).toBe(403);
    });

    it('exempts API tokens from the CSRF check, but tokens cannot mint tokens', async () => {
      const ci = await signIn(ctx.app, { role: 'editor', via: 'token' });
      const me = await ctx.app.inject({ url: '/api/auth/me', headers: ci.headers });
      expect(me.json()).toMatchObject({ via: 'token', role: 'editor' });
      expect(me.json().csrfToken).toBeUndefined();
      const mint = await ctx.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { ...ci.headers, origin: 'https://elsewhere.example' },
        payload: { name: 'another' },
      });
      expect(mint.statusCode).toBe(403);
      expect(mint.json().error.code).toBe('forbidden');
      const bad = await ctx.app.inject({
        url: '/api/auth/me',
        headers: { authorization: 'Bearer hs_not-a-real-token' },
      });
      expect(bad.statusCode).toBe(401);
    });

    it('changes one’s own password from a session, ending the other sessions', async () => {
      const ada = await signIn(ctx.app, { role: 'viewer' });
      const other = await signIn(ctx.app, { role: 'viewer' });
      const second = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: ada.user.username, password: ada.password },
      });
      const secondCookie = `hindsight_session=${second.cookies[0]?.value ?? ''}`;
      const wrong = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: ada.headers,
        payload: { currentPassword: 'nope', newPassword: 'a fresh long passphrase' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.issues[0].path).toBe('body.currentPassword');
      const weak = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: ada.headers,
        payload: { currentPassword: ada.password, newPassword: 'short' },
      });
      expect(weak.json().error.issues[0].path).toBe('body.newPassword');
      const ok = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: ada.headers,
        payload: { currentPassword: ada.password, newPassword: 'a fresh long passphrase' },
      });
      expect(ok.statusCode).toBe(204);
      expect((await ctx.app.inject({ url: '/api/auth/me', headers: ada.headers })).statusCode).toBe(
        200,
      );
      const ended = await ctx.app.inject({
        url: '/api/auth/me',
        headers: { cookie: secondCookie },
      });
      expect(ended.statusCode).toBe(401);
      expect(
        (await ctx.app.inject({ url: '/api/auth/me', headers: other.headers })).statusCode,
      ).toBe(200);
    });
  },
  realAuth,
);

forEachApp(
  'auth routes: rate limiting',
  (ctx) => {
    it('answers 429 with Retry-After after 10 failures for a username, even with the right password', async () => {
      const { user, password } = await createTestUser(ctx.app, { role: 'viewer' });
      const attempt = (pw: string, ip = '203.0.113.7') =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: ip,
          payload: { username: user.username, password: pw },
        });
      for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}`)).statusCode).toBe(401);
      const limited = await attempt(password, '203.0.113.8');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
      const retry = Number(limited.headers['retry-after']);
      expect(retry).toBeGreaterThan(800);
      expect(retry).toBeLessThanOrEqual(900);
    });

    it('answers 429 to an address that tries 30 usernames', async () => {
      for (let i = 0; i < 30; i++) {
        const res = await ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '198.51.100.9',
          payload: { username: `guess${i}`, password: 'password123456' },
        });
        expect(res.statusCode).toBe(401);
      }
      const { user, password } = await createTestUser(ctx.app, { role: 'viewer' });
      const blocked = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.9',
        payload: { username: user.username, password },
      });
      expect(blocked.statusCode).toBe(429);
      const elsewhere = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.10',
        payload: { username: user.username, password },
      });
      expect(elsewhere.statusCode).toBe(200);
    });
  },
  realAuth,
);

forEachDialect('auth routes: expiry', (ctx) => {
  const clock = testClock();
  let app: HttpApp;
  beforeAll(async () => {
    const accounts = new AccountStore(ctx.handle, {
      now: clock.now,
      sessionTtlMs: 10 * HOUR,
      sessionIdleMs: 2 * HOUR,
    });
    app = await buildApp({ handle: ctx.handle, services: { accounts }, logger: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('stops accepting a session after its idle timeout and its absolute expiry', async () => {
    const idle = await signIn(app, { role: 'viewer' });
    const busy = await signIn(app, { role: 'viewer' });
    const me = async (headers: Record<string, string>) =>
      (await app.inject({ url: '/api/auth/me', headers })).statusCode;
    for (let hour = 1; hour <= 9; hour++) {
      clock.advance(HOUR);
      expect(await me(busy.headers), `hour ${hour}`).toBe(200);
    }
    expect(await me(idle.headers)).toBe(401);
    clock.advance(HOUR);
    expect(await me(busy.headers)).toBe(401);
  });

  it('stops accepting an API token when it expires', async () => {
    const ci = await signIn(app, { role: 'editor', via: 'token' });
    clock.advance(89 * 24 * HOUR);
    expect((await app.inject({ url: '/api/auth/me', headers: ci.headers })).statusCode).toBe(200);
    clock.advance(24 * HOUR);
    expect((await app.inject({ url: '/api/auth/me', headers: ci.headers })).statusCode).toBe(401);
  });
});

forEachApp(
  'auth routes: bad input',
  (ctx) => {
    it('names the field of a malformed sign-in and stores nothing', async () => {
      for (const [payload, path] of [
        [{ username: 'ada' }, 'body.password'],
        [{ username: 42, password: 'x' }, 'body.username'],
        [{ username: 'ada', password: 'x', remember: true }, 'body.remember'],
        [{ username: 'a'.repeat(65), password: 'x' }, 'body.username'],
      ] as const) {
        const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload });
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      }
      const rows = await ctx.handle.db.selectFrom('login_attempts').select('id').execute();
      expect(rows).toHaveLength(0);
      const text = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"username":',
      });
      expect(text.statusCode).toBe(400);
      expect(text.body).not.toMatch(/at .*\.js/);
    });
  },
  realAuth,
);
