import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { accountCall } from '../auth/account-http-error.js';
import {
  createUserSchema,
  idParams,
  passwordField,
  updateUserSchema,
  userListSchema,
  userSchema,
} from '../auth/account-schemas.js';
import { accountsOf } from '../auth/accounts-service.js';
import { hasRole, requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { errorBodySchema } from '../schemas/error-body.js';

const TAGS = ['users'];

/**
 * Accounts. Administrators list them in full, create them, change roles, disable them and
 * reset passwords; everyone else sees a directory of active users (id, username, display
 * name, and for editors the role) to name reviewers and owners.
 */
export function registerUsersRoutes(app: HttpApp, ctx: AppContext): void {
  const accounts = accountsOf(ctx);

  app.get(
    '/api/users',
    {
      schema: {
        tags: TAGS,
        summary:
          'Accounts: all of them in full for admins; the active ones by name for others, with roles for editors',
        response: {
          200: userListSchema,
          401: errorBodySchema,
        },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const users = await accounts.users.list();
      if (hasRole(viewer.role, 'admin')) return { items: users };
      // Editors name reviewers, so they see roles; e-mail and the rest stay with admins.
      const withRole = hasRole(viewer.role, 'editor');
      return {
        items: users
          .filter((u) => !u.disabled)
          .map((u) => ({
            id: u.id,
            username: u.username,
            displayName: u.displayName,
            ...(withRole ? { role: u.role } : {}),
          })),
      };
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Create an account (admin)',
        body: createUserSchema,
        response: {
          201: userSchema,
          400: errorBodySchema,
          403: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const user = await accountCall(reply, () =>
        accounts.users.create(request.body, { actor: admin.username }),
      );
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Change an account’s role, names, or disable it (admin); disabling ends its sessions',
        params: idParams,
        body: updateUserSchema,
        response: {
          200: userSchema,
          400: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      return accountCall(reply, () =>
        accounts.users.update(request.params.id, request.body, { actor: admin.username }),
      );
    },
  );

  app.post(
    '/api/users/:id/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Set a new password for an account (admin); ends all its sessions',
        params: idParams,
        body: z.object({ password: passwordField }).strict(),
        response: { 204: z.null(), 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      await accountCall(reply, () =>
        accounts.users.setPassword(request.params.id, request.body.password, {
          actor: admin.username,
        }),
      );
      return reply.status(204).send(null);
    },
  );
}
