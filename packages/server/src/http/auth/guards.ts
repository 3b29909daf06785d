import type { FastifyRequest } from 'fastify';
import { ROLES } from '../../storage/viewer.js';
import type { Role, Viewer } from '../../storage/viewer.js';
import { HttpError } from '../http-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Who is asking: set for every request by the `onRequest` hook of buildApp from its
     * `resolveViewer` option (sessions and API tokens); null when nobody is signed in.
     */
    viewer: Viewer | null;
  }
}

/**
 * The signed-in viewer, or 401 `unauthenticated`.
 *
 * @example
 * const viewer = requireViewer(request);
 * return ctx.store.get(id, { viewer });
 */
export function requireViewer(request: FastifyRequest): Viewer {
  const viewer = request.viewer;
  if (viewer === null) throw new HttpError(401, 'unauthenticated', 'sign in first');
  return viewer;
}

/** Whether `role` is `least` or a role above it (each role can do what the ones after it can). */
export function hasRole(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(least);
}

/**
 * The signed-in viewer if their role is `least` or above: 401 `unauthenticated` when nobody
 * is signed in, 403 `forbidden` otherwise.
 *
 * @example
 * const viewer = requireRole(request, 'editor');
 */
export function requireRole(request: FastifyRequest, least: Role): Viewer {
  const viewer = requireViewer(request);
  if (!hasRole(viewer.role, least))
    throw new HttpError(403, 'forbidden', `this needs the ${least} role or above`);
  return viewer;
}
