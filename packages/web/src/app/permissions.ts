import type { Role, Session } from '../api/types.js';

const RANK: Readonly<Record<Role, number>> = { admin: 3, editor: 2, reviewer: 1, viewer: 0 };

/**
 * Whether the session acts with at least `role` (each role can do what the ones below it
 * can). Only decides what the page offers; the server checks every request anyway.
 */
export function hasRole(session: Session | null, role: Role): boolean {
  return session !== null && RANK[session.role] >= RANK[role];
}
