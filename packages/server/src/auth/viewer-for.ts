import type { Role, Viewer } from '../storage/viewer.js';
import type { User } from './user.js';

/**
 * The `Viewer` of a signed-in user: their username, the other names documents may call them
 * by (display name, e-mail) and the names of their teams, with `role` capped when an API
 * token acts for them.
 *
 * @example
 * const viewer = viewerFor(user, await accounts.teams.namesOf(user.id));
 */
export function viewerFor(user: User, teams: readonly string[], role: Role = user.role): Viewer {
  const aliases = [user.displayName, user.email].filter(
    (n): n is string => n !== null && n !== '' && n !== user.username,
  );
  return { kind: 'user', id: user.id, username: user.username, aliases, role, teams: [...teams] };
}
