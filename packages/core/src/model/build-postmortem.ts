import { postmortemSchema } from './postmortem.js';
import type { Postmortem, PostmortemInput } from './postmortem.js';

/**
 * Builds a complete postmortem from a partial one, applying every default.
 * Throws a ZodError when the input is not valid; use {@link validatePostmortem} at edges.
 *
 * @example
 * const pm = buildPostmortem({ title: 'Checkout outage' });
 * pm.status; // 'draft'
 */
export function buildPostmortem(input: PostmortemInput): Postmortem {
  return postmortemSchema.parse(input);
}
