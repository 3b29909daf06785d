import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import type { HttpApp } from '../http-app.js';

const statusSchema = z.object({ status: z.string() }).strict();

/**
 * `/healthz` (the process answers) and `/readyz` (the database answers and no shutdown has
 * begun), for load balancers and orchestrators. Neither needs a viewer.
 */
export function registerOpsRoutes(app: HttpApp, ctx: AppContext): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Whether the process is up',
        response: { 200: statusSchema },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Whether the server can take requests: the database answers',
        response: { 200: statusSchema, 503: statusSchema },
      },
    },
    async (request, reply) => {
      if (ctx.lifecycle.shuttingDown) return reply.status(503).send({ status: 'shutting_down' });
      try {
        await sql`select 1`.execute(ctx.handle.db);
        return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check: the database did not answer');
        return reply.status(503).send({ status: 'database_unavailable' });
      }
    },
  );
}
