import type { AppContext } from '../app-context.js';
import type { HttpApp } from '../http-app.js';

/**
 * A route module: one area's routes (`postmortems`, `search`, `auth`…), registered on the
 * root app with the shared context. It declares every route's request and response schemas.
 * Hooks it adds apply to the whole app, so add them only for the whole app (auth, CSRF).
 */
export type RouteModule = (app: HttpApp, ctx: AppContext) => void | Promise<void>;
