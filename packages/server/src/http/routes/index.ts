import { registerAuthRoutes } from './auth-routes.js';
import { registerInsightsRoutes } from './insights-routes.js';
import { registerOpsRoutes } from './ops-routes.js';
import { registerAuditRoutes } from './audit-routes.js';
import { registerLintRoutes } from './lint-routes.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';
import { registerRevisionRoutes } from './revision-routes.js';
import { registerTemplateRoutes } from './template-routes.js';
import { registerTimelineRoutes } from './timeline-routes.js';
import { registerTrashRoutes } from './trash-routes.js';
import type { RouteModule } from './route-module.js';
import { registerSetupRoutes } from './setup-routes.js';
import { registerTeamsRoutes } from './teams-routes.js';
import { registerTokensRoutes } from './tokens-routes.js';
import { registerUsersRoutes } from './users-routes.js';
import { registerSearchRoutes } from './search-routes.js';
import { registerActionItemsRoutes } from './action-items-routes.js';
import { registerCommentsRoutes } from './comments-routes.js';
import { registerReviewsRoutes } from './reviews-routes.js';
import { registerExportRoutes } from './export-routes.js';

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
  registerPostmortemRoutes,
  registerTemplateRoutes,
  registerRevisionRoutes,
  registerTimelineRoutes,
  registerTrashRoutes,
  registerLintRoutes,
  registerAuditRoutes,
  registerSearchRoutes,
  registerInsightsRoutes,
  registerActionItemsRoutes,
  registerCommentsRoutes,
  registerReviewsRoutes,
  registerExportRoutes,
];
