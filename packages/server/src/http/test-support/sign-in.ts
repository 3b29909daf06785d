import { randomBytes } from 'node:crypto';
import type { User } from '../../auth/user.js';
import type { Role } from '../../storage/viewer.js';
import { accountsOf } from '../auth/accounts-service.js';
import { CSRF_HEADER } from '../auth/csrf-guard.js';
import { resolveViewer } from '../auth/resolve-viewer.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import type { HttpApp } from '../http-app.js';
import type { ForEachAppOptions } from './for-each-app.js';

/** Who to sign in, and how. */
export interface SignInOptions {
  readonly role: Role;
  /** Default: `<role>-<random>`, unique per call. */
  readonly username?: string;
  /** Teams the user belongs to, created when missing. */
  readonly teams?: readonly string[];
  readonly displayName?: string;
  readonly email?: string;
  /** A browser session (default) or an API token (`Authorization: Bearer hs_…`). */
  readonly via?: 'session' | 'token';
}

/** What a signed-in test user's requests need. */
export interface SignedIn {
  readonly user: User;
  readonly password: string;
  /**
   * Spread into `app.inject({ headers })`: `cookie` and `x-csrf-token` for a session, so that
   * unsafe methods pass the CSRF guard; `authorization` for a token.
   */
  readonly headers: Record<string, string>;
  /** The `cookie` header alone (sessions): a request without the CSRF token. */
  readonly cookie?: string;
  readonly csrfToken?: string;
  /** The API token's secret (tokens). */
  readonly token?: string;
}

/** forEachApp options that make the app resolve sessions and tokens for real. */
export const realAuth: ForEachAppOptions = { resolveViewer };

/**
 * Signing in for API tests, the real way: a user in the test database, then a session from
 * `POST /api/auth/login` (cookie + CSRF token) or an API token. Use it with an app that
 * resolves viewers for real: buildApp's default, or forEachApp with {@link realAuth} (its own
 * default reads the `x-test-viewer` header instead and would ignore the cookie; signIn checks
 * and throws if so).
 *
 * It creates a user with `role` (and `teams`) in the app's database and signs them in.
 *
 * @example
 * forEachApp('postmortem permissions', (ctx) => {
 *   it('lets an editor create', async () => {
 *     const ada = await signIn(ctx.app, { role: 'editor', teams: ['payments'] });
 *     const res = await ctx.app.inject({
 *       method: 'POST', url: '/api/postmortems', headers: ada.headers, payload: { … },
 *     });
 *     expect(res.statusCode).toBe(201);
 *   });
 *   it('needs the CSRF token with a cookie', async () => {
 *     const bob = await signIn(ctx.app, { role: 'editor' });
 *     const res = await ctx.app.inject({ method: 'POST', url: '…', headers: { cookie: bob.cookie } });
 *     expect(res.statusCode).toBe(403);
 *   });
 *   it('accepts an API token', async () => {
 *     const ci = await signIn(ctx.app, { role: 'viewer', via: 'token' });
 *     await ctx.app.inject({ url: '/api/postmortems', headers: ci.headers });
 *   });
 * }, realAuth);
 */
export async function signIn(app: HttpApp, options: SignInOptions): Promise<SignedIn> {
  const { user, password } = await createTestUser(app, options);
  const signedIn =
    options.via === 'token'
      ? await tokenSignIn(app, user, password)
      : await sessionSignIn(app, user, password);
  const me = await app.inject({ url: '/api/auth/me', headers: signedIn.headers });
  const body = me.statusCode === 200 ? (me.json() as { user: { id: string } }) : undefined;
  if (body?.user.id !== user.id)
    throw new Error(
      'signIn: the app does not resolve sessions and tokens; build it with the default ' +
        'resolver, or pass realAuth to forEachApp',
    );
  return signedIn;
}

/** Creates a user with `role` and `teams` (made when missing); returns it with its password. */
export async function createTestUser(
  app: HttpApp,
  options: Omit<SignInOptions, 'via'>,
): Promise<{ user: User; password: string }> {
  const accounts = accountsOf(app.ctx);
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  const user = await accounts.users.create(
    {
      username: options.username ?? `${options.role}-${randomBytes(4).toString('hex')}`,
      password,
      role: options.role,
      displayName: options.displayName,
      email: options.email,
    },
    { actor: 'system' },
  );
  if (options.teams !== undefined && options.teams.length > 0) {
    const existing = await accounts.teams.list();
    for (const name of options.teams) {
      const team =
        existing.find((t) => t.name === name) ??
        (await accounts.teams.create(name, { actor: 'system' }));
      await accounts.teams.addMember(team.id, user.id, { actor: 'system' });
    }
  }
  return { user, password };
}

async function sessionSignIn(app: HttpApp, user: User, password: string): Promise<SignedIn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`signIn: login answered ${res.statusCode}: ${res.body}`);
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  const csrfToken = (res.json() as { csrfToken?: string }).csrfToken;
  if (token === undefined || csrfToken === undefined)
    throw new Error('signIn: login set no session cookie or CSRF token');
  const cookie = `${SESSION_COOKIE}=${token}`;
  return { user, password, cookie, csrfToken, headers: { cookie, [CSRF_HEADER]: csrfToken } };
}

async function tokenSignIn(app: HttpApp, user: User, password: string): Promise<SignedIn> {
  const { secret } = await accountsOf(app.ctx).tokens.create(
    user,
    { name: 'test' },
    { actor: 'system' },
  );
  return { user, password, token: secret, headers: { authorization: `Bearer ${secret}` } };
}
