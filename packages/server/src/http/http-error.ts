import type { FieldIssue } from '@hindsight/core';

/**
 * Stable codes of the HTTP layer's own errors. Clients switch on `code`, never on the message.
 * Storage codes (`not_found`, `revision_conflict`, `slug_taken`, `invalid_input`) pass through
 * unchanged; docs/api.md lists them all.
 */
export type HttpErrorCode =
  | 'bad_request'
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'internal_error'
  | 'service_unavailable'
  | (string & {});

/**
 * An error a route throws on purpose, with its HTTP status and stable code. The error handler
 * (error-handler.ts) turns it into the error body; anything else thrown becomes a 500 whose
 * details stay in the log.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: HttpErrorCode,
    message: string,
    readonly issues?: readonly FieldIssue[],
  ) {
    super(message);
  }
}

/** 400 `invalid_input` naming the fields at fault. */
export function invalidInput(issues: readonly FieldIssue[]): HttpError {
  const text = issues.map((i) => `${i.path === '' ? '(body)' : i.path}: ${i.message}`).join('; ');
  return new HttpError(400, 'invalid_input', `invalid input: ${text}`, issues);
}

/** 404 `not_found`: also what a viewer gets for something they may not see. */
export function notFound(what: string): HttpError {
  return new HttpError(404, 'not_found', `${what} was not found`);
}
