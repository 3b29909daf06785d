import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireViewer } from '../auth/guards.js';
import { listVisibleAudit } from '../audit/list-visible-audit.js';
import type { HttpApp } from '../http-app.js';
import { errorResponses } from '../schemas/error-responses.js';

const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  postmortemId: z.string().nullable(),
  revision: z.number().int().nullable(),
  details: z.unknown(),
});

/**
 * The audit log, newest first. Admins read all of it; everyone else only the records of
 * postmortems they may see (account records are the admins' alone).
 */
export function registerAuditRoutes(app: HttpApp, ctx: AppContext): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Read the audit log, newest first, a page at a time',
        querystring: z
          .object({
            postmortem: z.string().min(1).max(200).optional().describe('an id or slug'),
            limit: z.coerce.number().int().min(1).max(500).optional(),
            cursor: z.string().regex(/^\d+$/, 'a nextCursor of this list').max(20).optional(),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { postmortem, limit = 100, cursor } = request.query;
      const postmortemId =
        postmortem === undefined
          ? undefined
          : (await ctx.store.get(postmortem, { viewer, includeDeleted: true })).id;
      return listVisibleAudit(ctx.handle, viewer, {
        postmortemId,
        limit,
        before: cursor === undefined ? undefined : Number(cursor),
      });
    },
  );
}
