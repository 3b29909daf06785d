import type { FastifyRequest } from 'fastify';
import { ROLES } from '../../storage/viewer.js';
import type { Role, Viewer } from '../../storage/viewer.js';
import type { ViewerResolver } from '../build-app.js';

/**
 * A signed-in user for tests.
 *
 * @example testViewer('editor', 'ada', { teams: ['payments'] })
 */
export function testViewer(
  role: Role,
  username: string,
  extra: { teams?: string[]; aliases?: string[] } = {},
): Viewer {
  return {
    kind: 'user',
    id: `user-${username}`,
    username,
    aliases: extra.aliases ?? [],
    role,
    teams: extra.teams ?? [],
  };
}

/** The header {@link headerViewerResolver} reads: `<role>:<username>[:<team>,<team>]`, or `none`. */
export const TEST_VIEWER_HEADER = 'x-test-viewer';

/**
 * A test-only resolver: the viewer named by the `x-test-viewer` header of each request
 * (`editor:ada:payments`, or `none` for nobody), else `fallback`. Lets one app serve requests
 * as several users before real sign-in exists; it never ships (test-support is not built).
 *
 * @example
 * await app.inject({ url: '/api/postmortems', headers: asViewer('viewer', 'bob') });
 */
export function headerViewerResolver(fallback: Viewer | null): ViewerResolver {
  return (request: FastifyRequest) => {
    const raw = request.headers[TEST_VIEWER_HEADER];
    if (typeof raw !== 'string') return fallback;
    if (raw === 'none') return null;
    const [role, username, teams] = raw.split(':');
    if (!ROLES.includes(role as Role) || username === undefined || username === '')
      throw new Error(`bad ${TEST_VIEWER_HEADER} header: ${raw}`);
    return testViewer(role as Role, username, {
      teams: teams === undefined || teams === '' ? [] : teams.split(','),
    });
  };
}

/** Headers that make a request come from that user (with {@link headerViewerResolver}). */
export function asViewer(
  role: Role | 'none',
  username = 'someone',
  teams: string[] = [],
): Record<string, string> {
  return {
    [TEST_VIEWER_HEADER]: role === 'none' ? 'none' : `${role}:${username}:${teams.join(',')}`,
  };
}
