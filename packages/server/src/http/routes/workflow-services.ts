import { ActionItemService } from '../../workflow/action-item-service.js';
import { CommentService } from '../../workflow/comment-service.js';
import { ReviewService } from '../../workflow/review-service.js';
import type { WorkflowOptions } from '../../workflow/workflow-options.js';
import type { AppContext } from '../app-context.js';

declare module '../app-context.js' {
  interface AppServices {
    actionItems: ActionItemService;
    comments: CommentService;
    reviews: ReviewService;
  }
}

/** The workflow services' options from the app: its database, store and configuration. */
function workflowOptions(ctx: AppContext): WorkflowOptions {
  return {
    handle: ctx.handle,
    store: ctx.store,
    lintProfile: ctx.config.publishProfile,
    zone: ctx.config.timeZone,
  };
}

/** The app's action-item service, made on first use (tests may pass their own). */
export function actionItemsOf(ctx: AppContext): ActionItemService {
  return (ctx.services.actionItems ??= new ActionItemService(workflowOptions(ctx)));
}

/** The app's comment service. */
export function commentsOf(ctx: AppContext): CommentService {
  return (ctx.services.comments ??= new CommentService(workflowOptions(ctx)));
}

/** The app's review service; reviewers are looked up in the `users` table. */
export function reviewsOf(ctx: AppContext): ReviewService {
  return (ctx.services.reviews ??= new ReviewService(workflowOptions(ctx)));
}
