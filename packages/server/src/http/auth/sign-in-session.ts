import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountStore } from '../../auth/account-store.js';
import type { User } from '../../auth/user.js';
import type { z } from 'zod';
import type { meSchema } from './account-schemas.js';
import { requestAuth } from './request-auth.js';
import { setSessionCookie } from './session-cookie.js';

/**
 * Starts a session for `user`: ends the session the request came with (a fresh token at
 * every sign-in, so a planted cookie is worthless), sets the cookie, records the sign-in and
 * returns what `GET /api/auth/me` would.
 */
export async function startSession(
  accounts: AccountStore,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<z.infer<typeof meSchema>> {
  const previous = requestAuth(request);
  if (previous?.method === 'session') await accounts.sessions.revoke(previous.token);
  const session = await accounts.sessions.create(user.id, {
    userAgent: request.headers['user-agent'],
    ip: request.ip,
  });
  setSessionCookie(request, reply, session.token, session.expiresAt);
  await accounts.audit('session.login', user.username, { userId: user.id, ip: request.ip });
  return {
    user,
    role: user.role,
    teams: await accounts.teams.namesOf(user.id),
    via: 'session',
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}
