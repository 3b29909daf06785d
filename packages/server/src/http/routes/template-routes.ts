import { listTemplates } from '@hindsight/core/templates';
import { z } from 'zod';
import type { HttpApp } from '../http-app.js';
import { requireViewer } from '../auth/guards.js';
import { errorResponses } from '../schemas/error-responses.js';

export const templateInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  profile: z.string().describe('the lint profile that checks documents started from it'),
});

/** The templates a postmortem can be started from (`POST /api/postmortems` with `template`). */
export function registerTemplateRoutes(app: HttpApp): void {
  app.get(
    '/api/templates',
    {
      schema: {
        tags: ['postmortems'],
        summary: 'List the templates',
        response: { 200: z.object({ items: z.array(templateInfoSchema) }), ...errorResponses(401) },
      },
    },
    async (request) => {
      requireViewer(request);
      return {
        items: listTemplates().map((t) => ({
          id: t.id,
          name: t.name,
          description: t.description,
          profile: t.profile,
        })),
      };
    },
  );
}
