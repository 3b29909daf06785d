import { registerOpsRoutes } from './ops-routes.js';
import type { RouteModule } from './route-module.js';
import { registerSearchRoutes } from './search-routes.js';

/**
 * Every route module of the app, in registration order. Each area adds its own line here
 * (one line per module, kept apart so that parallel edits do not collide).
 */
export const ROUTE_MODULES: readonly RouteModule[] = [registerOpsRoutes, registerSearchRoutes];
