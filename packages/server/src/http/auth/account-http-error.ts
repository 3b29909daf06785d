import type { FastifyReply } from 'fastify';
import { AccountError } from '../../auth/account-error.js';
import { InvalidInputError } from '../../storage/errors.js';
import { HttpError } from '../http-error.js';

/**
 * Runs an account operation for a route and adapts its errors to the API: an
 * {@link AccountError} becomes the HttpError the error handler answers with (same status and
 * code, `Retry-After` for `rate_limited`), and field issues are named as request fields
 * (`username` → `body.username`). `not_found` passes through unchanged.
 */
export async function accountCall<T>(reply: FastifyReply, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof InvalidInputError)
      throw new InvalidInputError(error.issues.map((i) => ({ ...i, path: `body.${i.path}` })));
    if (!(error instanceof AccountError)) throw error;
    if (error.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    throw new HttpError(
      error.statusCode,
      error.code,
      error.message,
      error.issues?.map((i) => ({ ...i, path: `body.${i.path}` })),
    );
  }
}
