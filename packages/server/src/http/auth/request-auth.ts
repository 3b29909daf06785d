import type { FastifyRequest } from 'fastify';
import type { ActiveApiToken } from '../../auth/api-token-store.js';
import type { ActiveSession } from '../../auth/session-store.js';

/** How a request proved who it is: a browser session cookie or an API token. */
export type RequestAuth =
  | { readonly method: 'session'; readonly session: ActiveSession; readonly token: string }
  | { readonly method: 'token'; readonly apiToken: ActiveApiToken };

declare module 'fastify' {
  interface FastifyRequest {
    /** How the request was authenticated: read through {@link requestAuth}, never directly. */
    signedInWith: RequestAuth | null;
  }
}

/**
 * Records how `request` was authenticated (the viewer resolver does, once per request). A
 * request decoration (buildApp declares it) rather than a WeakMap: an entry in a WeakMap
 * cost a few percent of a cached read.
 */
export function setRequestAuth(request: FastifyRequest, auth: RequestAuth): void {
  request.signedInWith = auth;
}

/** How `request` was authenticated, or undefined when nobody is signed in. */
export function requestAuth(request: FastifyRequest): RequestAuth | undefined {
  return request.signedInWith ?? undefined;
}
