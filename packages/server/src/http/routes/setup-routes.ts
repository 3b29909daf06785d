import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { accountCall } from '../auth/account-http-error.js';
import {
  displayNameField,
  emailField,
  meSchema,
  passwordField,
  usernameField,
} from '../auth/account-schemas.js';
import { accountsOf } from '../auth/accounts-service.js';
import { startSession } from '../auth/sign-in-session.js';
import type { HttpApp } from '../http-app.js';
import { errorBodySchema } from '../schemas/error-body.js';

/**
 * First-run setup: while the instance has no account, anyone who reaches it may create the
 * first administrator (and is signed in as them). Once any account exists, never again.
 */
export function registerSetupRoutes(app: HttpApp, ctx: AppContext): void {
  const accounts = accountsOf(ctx);
  app.get(
    '/api/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether the instance still needs its first administrator',
        response: { 200: z.object({ needed: z.boolean() }).strict() },
      },
    },
    async () => ({ needed: await accounts.users.needsSetup() }),
  );
  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create the first administrator (only while there is no account) and sign in',
        body: z
          .object({
            username: usernameField,
            password: passwordField,
            displayName: displayNameField.optional(),
            email: emailField.optional(),
          })
          .strict(),
        response: { 201: meSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) =>
      accountCall(reply, async () => {
        const user = await accounts.users.setupFirstAdmin(request.body);
        const me = await startSession(accounts, request, reply, user);
        return reply.status(201).send(me);
      }),
  );
}
