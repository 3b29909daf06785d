import { InsightsStore } from '../../insights/insights-store.js';
import { InvalidInputError } from '../../storage/errors.js';
import type { AppContext } from '../app-context.js';
import { requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { errorResponses } from '../schemas/error-responses.js';
import {
  actionItemsQuerySchema,
  actionItemsResponseSchema,
  factorsResponseSchema,
  idParamsSchema,
  insightQuerySchema,
  recurringQuerySchema,
  recurringResponseSchema,
  similarQuerySchema,
  similarResponseSchema,
  summaryQuerySchema,
  summaryResponseSchema,
} from '../schemas/insight-schemas.js';

declare module '../app-context.js' {
  interface AppServices {
    insights: InsightsStore;
  }
}

/**
 * The figures of docs/metrics.md over the postmortems the viewer may see, with the list's
 * filters: `/api/insights/summary`, `/factors`, `/recurring`, `/action-items`, and the
 * similar incidents of one postmortem. The web dashboard draws from these.
 */
export function registerInsightsRoutes(app: HttpApp, ctx: AppContext): void {
  const insights = (ctx.services.insights ??= new InsightsStore(ctx.handle));
  const errors = errorResponses(400, 401);

  app.get(
    '/api/insights/summary',
    {
      schema: {
        tags: ['insights'],
        summary: 'Incident metrics with coverage, severity mix and incidents per month',
        querystring: summaryQuerySchema,
        response: { 200: summaryResponseSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { groupBy, ...filters } = request.query;
      return inQuery(() => insights.summary({ viewer, filters }, groupBy));
    },
  );

  app.get(
    '/api/insights/factors',
    {
      schema: {
        tags: ['insights'],
        summary: 'Contributing-factor categories, counted and by month',
        querystring: insightQuerySchema,
        response: { 200: factorsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      return inQuery(() => insights.factors({ viewer, filters: request.query }));
    },
  );

  app.get(
    '/api/insights/recurring',
    {
      schema: {
        tags: ['insights'],
        summary: 'Recurring root causes, and incidents that recurred after their actions were done',
        querystring: recurringQuerySchema,
        response: { 200: recurringResponseSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { threshold, ...filters } = request.query;
      return inQuery(() => insights.recurring({ viewer, filters }, threshold));
    },
  );

  app.get(
    '/api/insights/action-items',
    {
      schema: {
        tags: ['insights'],
        summary: 'Action items: completion rate, overdue items, planned time',
        querystring: actionItemsQuerySchema,
        response: { 200: actionItemsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { today = new Date().toISOString().slice(0, 10), ...filters } = request.query;
      const stats = await inQuery(() => insights.actionItems({ viewer, filters }, today));
      return { today, ...stats };
    },
  );

  app.get(
    '/api/postmortems/:id/similar',
    {
      schema: {
        tags: ['insights'],
        summary: 'Postmortems like this one, best first, as suggested related incidents',
        params: idParamsSchema,
        querystring: similarQuerySchema,
        response: { 200: similarResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { limit, minScore, ...filters } = request.query;
      const items = await inQuery(() =>
        insights.similar(request.params.id, { viewer, filters }, { limit, minScore }),
      );
      return { items };
    },
  );
}

/** Storage names the field (`severity`); the API names where it came in (`query.severity`). */
async function inQuery<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidInputError)
      throw new InvalidInputError(error.issues.map((i) => ({ ...i, path: `query.${i.path}` })));
    throw error;
  }
}
