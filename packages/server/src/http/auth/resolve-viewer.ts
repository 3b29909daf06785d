import type { FastifyRequest } from 'fastify';
import type { SignedIn } from '../../auth/account-store.js';
import type { Viewer } from '../../storage/viewer.js';
import type { AppContext } from '../app-context.js';
import { accountsOf } from './accounts-service.js';
import { setRequestAuth } from './request-auth.js';
import { SESSION_COOKIE } from './session-cookie.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The real viewer resolver, buildApp's default: an `Authorization: Bearer hs_…` API token,
 * else the `hindsight_session` cookie. Either is checked against the database, and a success
 * is remembered for a few seconds (auth/signed-in-cache.ts): a revoked token, a signed-out
 * session or a disabled account loses access at once on this process, and within that bound
 * on every other one. A request with a bad token is treated as anonymous (protected routes
 * then answer 401); it never falls back to the cookie, so a script cannot act with a
 * browser's session by mistake.
 */
export async function resolveViewer(
  request: FastifyRequest,
  ctx: AppContext,
): Promise<Viewer | null> {
  const accounts = accountsOf(ctx);
  const authorization = request.headers.authorization;
  let signedIn: SignedIn | undefined;
  if (authorization !== undefined) {
    const secret = BEARER.exec(authorization)?.[1];
    if (secret === undefined) return null;
    signedIn = await accounts.signedInByToken(secret);
  } else {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '') return null;
    signedIn = await accounts.signedInBySession(token);
  }
  if (signedIn === undefined) return null;
  setRequestAuth(request, signedIn);
  return signedIn.viewer;
}
