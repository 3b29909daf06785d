import type { FastifyRequest } from 'fastify';
import { safeEqual } from '../../auth/secret-token.js';
import type { HttpApp } from '../http-app.js';
import { HttpError } from '../http-error.js';
import { requestAuth } from './request-auth.js';

/** The header a cookie-authenticated unsafe request must carry. */
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function rejected(message: string): HttpError {
  return new HttpError(403, 'csrf_rejected', message);
}

/** Whether a browser's `Origin` names this server (its host and port, as the request reached it). */
function isOwnOrigin(origin: string, request: FastifyRequest): boolean {
  try {
    const from = new URL(origin);
    // Parsed with the origin's scheme, so that a default port (`:80`, `:443`) in the Host
    // header compares equal to its absence in the Origin.
    const own = new URL(`${from.protocol}//${request.host}`);
    return from.host === own.host;
  } catch {
    // `null` (sandboxed frames, some redirects) and anything unparsable are foreign.
    return false;
  }
}

/**
 * Protection against cross-site request forgery, for every unsafe method (POST, PUT, PATCH,
 * DELETE) of the whole app. Requests that carry an API token are exempt: a browser never
 * adds that header by itself. For the others:
 *
 * - a browser's `Origin` must be this server, and `Sec-Fetch-Site` must not be `cross-site`
 *   (this also stops login forgery, before any session exists);
 * - a request authenticated by the session cookie must send the session's CSRF token in
 *   `X-CSRF-Token` (returned by sign-in and by `GET /api/auth/me`). SameSite=Lax already
 *   keeps the cookie off cross-site POSTs; the token covers older browsers and same-site
 *   attackers (a sibling subdomain).
 *
 * Runs after the viewer hook (it is added later), so it knows how the request signed in.
 */
export function installCsrfGuard(app: HttpApp): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const auth = requestAuth(request);
    if (auth?.method === 'token') return;
    if (request.headers['sec-fetch-site'] === 'cross-site')
      throw rejected('cross-site requests are refused');
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, request))
      throw rejected('the request came from another site (its Origin is not this server)');
    if (auth?.method !== 'session') return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !safeEqual(sent, auth.session.csrfToken))
      throw rejected(
        `send the session's CSRF token in ${CSRF_HEADER} (from sign-in or GET /api/auth/me)`,
      );
  });
}
