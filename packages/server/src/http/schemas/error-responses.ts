import { errorBodySchema } from './error-body.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'invalid_input (with issues naming each field) or bad_request',
  401: 'unauthenticated: nobody is signed in',
  403: 'forbidden: the role is not enough',
  404: 'not_found (also what a postmortem the viewer may not see answers)',
  409: 'revision_conflict (with the current version), slug_taken or invalid_transition',
  413: 'payload_too_large',
  422: 'publish_blocked (with findings: the lint errors to fix first)',
  503: 'service_unavailable',
};

/**
 * The error answers a route declares, for its OpenAPI document: each with the one error body.
 *
 * @example response: { 200: thing, ...errorResponses(400, 401, 404) }
 */
export function errorResponses(
  ...statuses: number[]
): Record<number, ReturnType<typeof errorBodySchema.describe>> {
  const out: Record<number, ReturnType<typeof errorBodySchema.describe>> = {};
  for (const status of statuses)
    out[status] = errorBodySchema.describe(DESCRIPTIONS[status] ?? 'error');
  return out;
}
