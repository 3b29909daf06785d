import type { AppContext } from '../app-context.js';
import type { HttpApp } from '../http-app.js';
import { requireViewer } from '../auth/guards.js';
import { errorBodySchema } from '../schemas/error-body.js';
import { searchQuerySchema, searchResponseSchema } from '../schemas/search-schemas.js';
import { InvalidInputError } from '../../storage/errors.js';
import { searchPostmortems } from '../../storage/search-postmortems.js';

/**
 * GET /api/search: full-text search over the postmortems the viewer may see, with the list's
 * filters. Restricted postmortems the viewer is not named in never appear.
 */
export function registerSearchRoutes(app: HttpApp, ctx: AppContext): void {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search postmortems by their text, best matches first',
        querystring: searchQuerySchema,
        response: {
          200: searchResponseSchema,
          400: errorBodySchema,
          401: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      const { q, limit, cursor, ...filters } = request.query;
      try {
        const page = await searchPostmortems(ctx.handle.db, ctx.handle.adapter, q, filters, {
          viewer,
          limit,
          cursor,
        });
        // Made by our own store from checked rows: sent as JSON without the zod schema's
        // check, as the list does (postmortem-routes.ts). The schema still documents it.
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(page) as never);
      } catch (error) {
        // Storage names the field (`q`, `cursor`); the API names where it came in.
        if (error instanceof InvalidInputError)
          throw new InvalidInputError(error.issues.map((i) => ({ ...i, path: `query.${i.path}` })));
        throw error;
      }
    },
  );
}
