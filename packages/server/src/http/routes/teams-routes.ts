import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { accountCall } from '../auth/account-http-error.js';
import { idParams, teamSchema } from '../auth/account-schemas.js';
import { accountsOf } from '../auth/accounts-service.js';
import { requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { HttpError, notFound } from '../http-error.js';
import { errorBodySchema } from '../schemas/error-body.js';

const TAGS = ['teams'];

/**
 * Teams: everyone signed in lists them; administrators create them and change members. A
 * restricted postmortem that names a team is visible to its members.
 */
export function registerTeamsRoutes(app: HttpApp, ctx: AppContext): void {
  const accounts = accountsOf(ctx);

  app.get(
    '/api/teams',
    {
      schema: {
        tags: TAGS,
        summary: 'Every team with its members',
        response: { 200: z.object({ items: z.array(teamSchema) }).strict(), 401: errorBodySchema },
      },
    },
    async (request) => {
      requireViewer(request);
      return { items: await accounts.teams.list() };
    },
  );

  app.post(
    '/api/teams',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a team (admin)',
        body: z.object({ name: z.string().min(1).max(100) }).strict(),
        response: {
          201: teamSchema,
          400: errorBodySchema,
          403: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const team = await accountCall(reply, () =>
        accounts.teams.create(request.body.name, { actor: admin.username }),
      );
      return reply.status(201).send(team);
    },
  );

  app.post(
    '/api/teams/:id/members',
    {
      schema: {
        tags: TAGS,
        summary: 'Add a user to a team, by user id or username (admin)',
        params: idParams,
        body: z
          .object({
            userId: z.string().min(1).max(100).optional(),
            username: z.string().min(1).max(64).optional(),
          })
          .strict(),
        response: { 200: teamSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const { userId, username } = request.body;
      if ((userId === undefined) === (username === undefined))
        throw new HttpError(400, 'invalid_input', 'give either userId or username', [
          { path: 'body', message: 'expected exactly one of userId and username' },
        ]);
      const id = userId ?? (await accounts.users.findByUsername(username ?? ''))?.id;
      if (id === undefined) throw notFound(`user "${username ?? ''}"`);
      return accountCall(reply, () =>
        accounts.teams.addMember(request.params.id, id, { actor: admin.username }),
      );
    },
  );

  app.delete(
    '/api/teams/:id/members/:userId',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a user from a team (admin)',
        params: z
          .object({ id: z.string().min(1).max(100), userId: z.string().min(1).max(100) })
          .strict(),
        response: { 200: teamSchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      return accountCall(reply, () =>
        accounts.teams.removeMember(request.params.id, request.params.userId, {
          actor: admin.username,
        }),
      );
    },
  );
}
