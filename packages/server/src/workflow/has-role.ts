import { ROLES } from '../storage/viewer.js';
import type { Role } from '../storage/viewer.js';

/**
 * Whether `role` can do what `needed` can: roles are ordered from most to least, and each
 * includes the ones after it.
 *
 * @example roleAtLeast('editor', 'reviewer'); // true
 */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}
