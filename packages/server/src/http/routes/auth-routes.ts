import { z } from 'zod';
import { AccountError } from '../../auth/account-error.js';
import { InvalidInputError } from '../../storage/errors.js';
import type { AppContext } from '../app-context.js';
import { accountCall } from '../auth/account-http-error.js';
import { meSchema, passwordField, usernameField } from '../auth/account-schemas.js';
import { accountsOf } from '../auth/accounts-service.js';
import { installCsrfGuard } from '../auth/csrf-guard.js';
import { requireViewer } from '../auth/guards.js';
import { requestAuth } from '../auth/request-auth.js';
import { clearSessionCookie, SESSION_COOKIE } from '../auth/session-cookie.js';
import { startSession } from '../auth/sign-in-session.js';
import type { HttpApp } from '../http-app.js';
import { HttpError } from '../http-error.js';
import { errorBodySchema } from '../schemas/error-body.js';

const TAGS = ['auth'];

/**
 * Sign-in, sign-out, who am I, and changing one's own password; also installs the app-wide
 * CSRF guard. Sign-in is throttled per username and per client address in the database.
 */
export function registerAuthRoutes(app: HttpApp, ctx: AppContext): void {
  installCsrfGuard(app);
  const accounts = accountsOf(ctx);

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign in with a username and password; sets the session cookie',
        body: z.object({ username: usernameField, password: passwordField }).strict(),
        response: { 200: meSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) =>
      accountCall(reply, async () => {
        const { username, password } = request.body;
        const wait = await accounts.throttle.retryAfter(username, request.ip);
        if (wait !== undefined)
          throw new AccountError(
            'rate_limited',
            `too many failed sign-ins: try again in ${wait} seconds`,
            undefined,
            wait,
          );
        const user = await accounts.users.authenticate(username, password);
        if (user === undefined) {
          await accounts.throttle.recordFailure(username, request.ip);
          throw new AccountError('invalid_credentials', 'wrong username or password');
        }
        await accounts.throttle.clearUsername(username);
        return startSession(accounts, request, reply, user);
      }),
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign out: ends the session and clears its cookie',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const auth = requestAuth(request);
      if (auth?.method === 'session') {
        await accounts.sessions.revoke(auth.token);
        await accounts.audit('session.logout', auth.session.user.username, {
          userId: auth.session.user.id,
        });
      }
      if (request.cookies[SESSION_COOKIE] !== undefined) clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: TAGS,
        summary: 'Who is signed in, with the CSRF token of their session',
        response: { 200: meSchema, 401: errorBodySchema },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const auth = requestAuth(request);
      if (auth === undefined) throw new HttpError(401, 'unauthenticated', 'sign in first');
      if (auth.method === 'session')
        return {
          user: auth.session.user,
          role: viewer.role,
          teams: [...viewer.teams],
          via: 'session' as const,
          csrfToken: auth.session.csrfToken,
          expiresAt: auth.session.expiresAt,
        };
      return {
        user: auth.apiToken.user,
        role: viewer.role,
        teams: [...viewer.teams],
        via: 'token' as const,
        expiresAt: auth.apiToken.token.expiresAt,
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Change your own password (signed in with a session); ends your other sessions',
        body: z.object({ currentPassword: passwordField, newPassword: passwordField }).strict(),
        response: { 204: z.null(), 400: errorBodySchema, 401: errorBodySchema },
      },
    },
    async (request, reply) => {
      requireViewer(request);
      const auth = requestAuth(request);
      // A leaked API token must not be able to take the account over.
      if (auth?.method !== 'session')
        throw new HttpError(403, 'forbidden', 'change your password from a signed-in session');
      const user = auth.session.user;
      if (!(await accounts.users.checkPassword(user.id, request.body.currentPassword)))
        throw new InvalidInputError([
          { path: 'body.currentPassword', message: 'is not your current password' },
        ]);
      await accounts.users
        .setPassword(user.id, request.body.newPassword, {
          actor: user.username,
          keepSessionHash: auth.session.tokenHash,
        })
        .catch((error: unknown) => {
          throw prefixIssues(error, 'body.newPassword');
        });
      return reply.status(204).send(null);
    },
  );
}

/** Renames the store's `password` issue after the request field that carried it. */
function prefixIssues(error: unknown, path: string): unknown {
  if (!(error instanceof InvalidInputError)) return error;
  return new InvalidInputError(error.issues.map((i) => ({ ...i, path })));
}
