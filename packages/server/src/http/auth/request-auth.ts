import type { FastifyRequest } from 'fastify';
import type { ActiveApiToken } from '../../auth/api-token-store.js';
import type { ActiveSession } from '../../auth/session-store.js';

/** How a request proved who it is: a browser session cookie or an API token. */
export type RequestAuth =
  | { readonly method: 'session'; readonly session: ActiveSession; readonly token: string }
  | { readonly method: 'token'; readonly apiToken: ActiveApiToken };

// A WeakMap rather than a request decoration: only this layer reads it, and an entry goes
// with its request.
const auths = new WeakMap<FastifyRequest, RequestAuth>();

/** Records how `request` was authenticated (the viewer resolver does, once per request). */
export function setRequestAuth(request: FastifyRequest, auth: RequestAuth): void {
  auths.set(request, auth);
}

/** How `request` was authenticated, or undefined when nobody is signed in. */
export function requestAuth(request: FastifyRequest): RequestAuth | undefined {
  return auths.get(request);
}
