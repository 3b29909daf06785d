import { ROLES } from '../storage/viewer.js';
import type { Role, Viewer } from '../storage/viewer.js';
import { WorkflowError } from './workflow-error.js';

/**
 * Whether `role` can do what `needed` can: roles are ordered from most to least, and each
 * includes the ones after it.
 *
 * @example roleAtLeast('editor', 'reviewer'); // true
 */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}

/**
 * Refuses, as `forbidden`, a step the viewer's role does not allow. The routes check roles
 * too; this keeps the services safe when called from elsewhere (the CLI, other services).
 */
export function requireWorkflowRole(viewer: Viewer, role: Role, what: string): void {
  if (!roleAtLeast(viewer.role, role))
    throw new WorkflowError('forbidden', `to ${what} you need the ${role} role or above`);
}
