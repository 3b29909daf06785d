import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../../storage/viewer.js';
import type { AppContext } from '../app-context.js';
import { accountsOf } from './accounts-service.js';
import { setRequestAuth } from './request-auth.js';
import { SESSION_COOKIE } from './session-cookie.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The real viewer resolver, buildApp's default: an `Authorization: Bearer hs_…` API token,
 * else the `hindsight_session` cookie. Either is checked against the database on every
 * request, so a revoked token, a signed-out session or a disabled account loses access at
 * once, on every server process. A request with a bad token is treated as anonymous (protected
 * routes then answer 401); it never falls back to the cookie, so a script cannot act with a
 * browser's session by mistake.
 */
export async function resolveViewer(
  request: FastifyRequest,
  ctx: AppContext,
): Promise<Viewer | null> {
  const accounts = accountsOf(ctx);
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const secret = BEARER.exec(authorization)?.[1];
    const active = secret === undefined ? undefined : await accounts.tokens.resolve(secret);
    if (active === undefined) return null;
    setRequestAuth(request, { method: 'token', apiToken: active });
    return accounts.viewerOf(active.user, active.role);
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') return null;
  const session = await accounts.sessions.resolve(token);
  if (session === undefined) return null;
  setRequestAuth(request, { method: 'session', session, token });
  return accounts.viewerOf(session.user);
}
