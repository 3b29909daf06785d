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
export function resolveViewer(
  request: FastifyRequest,
  ctx: AppContext,
): Viewer | null | Promise<Viewer | null> {
  const accounts = accountsOf(ctx);
  const authorization = request.headers.authorization;
  let method: SignedIn['method'];
  let secret: string | undefined;
  if (authorization !== undefined) {
    method = 'token';
    secret = BEARER.exec(authorization)?.[1];
  } else {
    method = 'session';
    secret = request.cookies[SESSION_COOKIE];
  }
  if (secret === undefined || secret === '') return null;
  // A sign-in remembered from an earlier request is answered at once, without a promise: this
  // runs before every request, and a script's or a browser's requests come in bursts.
  const remembered = accounts.rememberedSignIn(method, secret);
  if (remembered !== undefined) return accept(request, remembered);
  const lookup =
    method === 'token' ? accounts.signedInByToken(secret) : accounts.signedInBySession(secret);
  return lookup.then((signedIn) => (signedIn === undefined ? null : accept(request, signedIn)));
}

function accept(request: FastifyRequest, signedIn: SignedIn): Viewer {
  setRequestAuth(request, signedIn);
  return signedIn.viewer;
}
