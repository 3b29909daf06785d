import { z } from 'zod';
import { ROLES } from '../../storage/viewer.js';
import type { AppContext } from '../app-context.js';
import { accountCall } from '../auth/account-http-error.js';
import { apiTokenSchema, idParams } from '../auth/account-schemas.js';
import { accountsOf } from '../auth/accounts-service.js';
import { hasRole, requireViewer } from '../auth/guards.js';
import { requestAuth } from '../auth/request-auth.js';
import type { HttpApp } from '../http-app.js';
import { HttpError, notFound } from '../http-error.js';
import { errorBodySchema } from '../schemas/error-body.js';

const TAGS = ['tokens'];

/**
 * API tokens of the signed-in user: create (the secret is in that answer only), list and
 * revoke. Administrators may list (`?all=true`) and revoke anyone's. Tokens are created from
 * a session, never with another token, so that a leaked token cannot renew itself.
 */
export function registerTokensRoutes(app: HttpApp, ctx: AppContext): void {
  const accounts = accountsOf(ctx);

  app.get(
    '/api/tokens',
    {
      schema: {
        tags: TAGS,
        summary: 'Your API tokens, newest first; everyone’s with all=true (admin)',
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }).strict(),
        response: {
          200: z.object({ items: z.array(apiTokenSchema) }).strict(),
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      if (request.query.all === 'true') {
        if (!hasRole(viewer.role, 'admin'))
          throw new HttpError(403, 'forbidden', 'listing everyone’s tokens needs the admin role');
        return { items: await accounts.tokens.list() };
      }
      return { items: await accounts.tokens.list({ userId: viewer.id }) };
    },
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags: TAGS,
        summary: 'Create an API token; the secret is shown in this answer only',
        body: z
          .object({
            name: z.string().min(1).max(100),
            role: z.enum(ROLES).optional(),
            expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
          })
          .strict(),
        response: {
          201: z.object({ token: apiTokenSchema, secret: z.string() }).strict(),
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      const auth = requestAuth(request);
      if (auth?.method !== 'session')
        throw new HttpError(403, 'forbidden', 'create API tokens from a signed-in session');
      const created = await accountCall(reply, () =>
        accounts.tokens.create(auth.session.user, request.body, { actor: viewer.username }),
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Revoke an API token: yours, or anyone’s (admin)',
        params: idParams,
        response: { 200: apiTokenSchema, 401: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      const token = await accounts.tokens.get(request.params.id);
      // Someone else's token is "not found" to a non-admin: ids do not leak.
      if (token.userId !== viewer.id && !hasRole(viewer.role, 'admin'))
        throw notFound(`token "${request.params.id}"`);
      return accountCall(reply, () => accounts.tokens.revoke(token.id, { actor: viewer.username }));
    },
  );
}
