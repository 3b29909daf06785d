import type { FastifyReply, FastifyRequest } from 'fastify';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'hindsight_session';

/**
 * Sets the session cookie: httpOnly (scripts cannot read it), SameSite=Lax (not sent with
 * cross-site POSTs), Path=/, and Secure when the request came over HTTPS (directly, or
 * through a proxy when TRUST_PROXY is set) or when SECURE_COOKIES says so.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isSecure(request),
    expires: new Date(expiresAt),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isSecure(request),
  });
}

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.ctx.config.secureCookies;
}
