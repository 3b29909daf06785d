import type { Viewer } from '../../storage/viewer.js';
import { requestReviewSchema, reviewStepSchema } from '../../workflow/review-input.js';
import type { ReviewResult, ReviewService } from '../../workflow/review-service.js';
import type { AppContext } from '../app-context.js';
import { requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { withFieldPrefix } from '../postmortems/storage-issues.js';
import { errorResponses } from '../schemas/error-responses.js';
import { postmortemParamsSchema } from '../schemas/postmortem-schemas.js';
import { reviewResultSchema, reviewStatusSchema } from '../schemas/workflow-schemas.js';
import { reviewsOf } from './workflow-services.js';

const tags = ['review'];

/** The transitions, each with the role it needs and what it does. */
const STEPS = [
  {
    path: 'request',
    role: 'editor',
    summary: 'Ask named reviewers (role reviewer or above) to review; also re-requests',
    run: (s: ReviewService, id: string, body: unknown, v: Viewer) => s.request(id, body, v),
  },
  {
    path: 'approve',
    role: 'reviewer',
    summary: 'Approve the current revision (a requested reviewer, not the requester)',
    run: (s: ReviewService, id: string, body: unknown, v: Viewer) => s.approve(id, body, v),
  },
  {
    path: 'request-changes',
    role: 'reviewer',
    summary: 'Ask for changes before publishing (a requested reviewer, not the requester)',
    run: (s: ReviewService, id: string, body: unknown, v: Viewer) => s.requestChanges(id, body, v),
  },
  {
    path: 'publish',
    role: 'editor',
    summary: 'Publish: needs a standing approval and no lint errors in the configured profile',
    run: (s: ReviewService, id: string, body: unknown, v: Viewer) => s.publish(id, body, v),
  },
  {
    path: 'unpublish',
    role: 'editor',
    summary: 'Take a published postmortem back to review',
    run: (s: ReviewService, id: string, body: unknown, v: Viewer) => s.unpublish(id, body, v),
  },
] as const;

/**
 * The review workflow of a postmortem: where it stands, and one POST per transition. Each
 * transition names the revision it is about (`baseRevision`; stale: 409 with the current
 * version), may carry a note, and is recorded with who and when.
 */
export function registerReviewsRoutes(app: HttpApp, ctx: AppContext): void {
  const reviews = reviewsOf(ctx);

  app.get(
    '/api/postmortems/:idOrSlug/review',
    {
      schema: {
        tags,
        summary: 'Where the review stands, with every transition',
        params: postmortemParamsSchema,
        response: { 200: reviewStatusSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => reviews.status(request.params.idOrSlug, requireViewer(request)),
  );

  for (const step of STEPS) {
    app.post(
      `/api/postmortems/:idOrSlug/review/${step.path}`,
      {
        schema: {
          tags,
          summary: step.summary,
          params: postmortemParamsSchema,
          body: step.path === 'request' ? requestReviewSchema : reviewStepSchema,
          response: {
            200: reviewResultSchema,
            ...errorResponses(400, 401, 403, 404, 409, ...(step.path === 'publish' ? [422] : [])),
          },
        },
      },
      async (request): Promise<ReviewResult> => {
        const viewer = requireRole(request, step.role);
        return withFieldPrefix('body', () =>
          step.run(reviews, request.params.idOrSlug, request.body, viewer),
        );
      },
    );
  }
}
