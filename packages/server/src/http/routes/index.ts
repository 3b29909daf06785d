import { registerAuthRoutes } from './auth-routes.js';
import { registerOpsRoutes } from './ops-routes.js';
import type { RouteModule } from './route-module.js';
import { registerSetupRoutes } from './setup-routes.js';
import { registerTeamsRoutes } from './teams-routes.js';
import { registerTokensRoutes } from './tokens-routes.js';
import { registerUsersRoutes } from './users-routes.js';
import { registerSearchRoutes } from './search-routes.js';
import { registerActionItemsRoutes } from './action-items-routes.js';
import { registerCommentsRoutes } from './comments-routes.js';
import { registerReviewsRoutes } from './reviews-routes.js';

/**
 * Every route module of the app, in registration order. Each area adds its own line here
 * (one line per module, kept apart so that parallel edits do not collide).
 */
export const ROUTE_MODULES: readonly RouteModule[] = [
  registerOpsRoutes,
  // Auth first: it installs the app-wide CSRF guard.
  registerAuthRoutes,
  registerSetupRoutes,
  registerUsersRoutes,
  registerTeamsRoutes,
  registerTokensRoutes,
  registerSearchRoutes,
  registerActionItemsRoutes,
  registerCommentsRoutes,
  registerReviewsRoutes,
];
