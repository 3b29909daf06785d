import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireRole } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { notFound } from '../http-error.js';
import { withFieldPrefix } from '../postmortems/storage-issues.js';
import { errorResponses } from '../schemas/error-responses.js';
import { listQuerySchema, pageSchema, summarySchema } from '../schemas/list-schemas.js';
import { postmortemResponseSchema } from '../schemas/postmortem-schemas.js';

const tags = ['trash'];

/**
 * The trash: postmortems moved there by DELETE, listed (most recently deleted first) and
 * brought back. Editors and above, and only what the viewer may see.
 */
export function registerTrashRoutes(app: HttpApp, ctx: AppContext): void {
  app.get(
    '/api/trash',
    {
      schema: {
        tags,
        summary: 'List postmortems in the trash, with the filters of the postmortem list',
        querystring: listQuerySchema,
        response: { 200: pageSchema(summarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      return withFieldPrefix('query', () => ctx.store.listTrash(request.query, { viewer }));
    },
  );

  app.post(
    '/api/trash/:id/restore',
    {
      schema: {
        tags,
        summary: 'Bring a postmortem back from the trash',
        params: z.object({ id: z.string().min(1).max(200) }).strict(),
        response: { 200: postmortemResponseSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      const found = await ctx.store.get(request.params.id, { viewer, includeDeleted: true });
      if (found.deletedAt === null)
        throw notFound(`postmortem "${request.params.id}" in the trash`);
      return ctx.store.restore(found.id, { actor: viewer.username });
    },
  );
}
