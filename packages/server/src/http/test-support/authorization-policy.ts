import type { Role } from '../../storage/viewer.js';

/**
 * Who may call a route: anyone (`public`), anyone signed in, or a role and those above it.
 * docs/auth.md is the source; this table states it once more, per route, for the test matrix.
 */
export type Access = 'public' | 'signed-in' | Role;

/** What the matrix needs to call a route: real ids of a fresh or shared set of rows. */
export interface World {
  readonly id: string;
  readonly slug: string;
  readonly revision: number;
  readonly actionItemId: string;
  readonly commentId: string;
  /** A word found only in this world's rows, to look for in other people's answers. */
  readonly marker: string;
  readonly restricted: boolean;
}

/** The parts of a request that differ per route. */
export interface RouteCall {
  readonly url: string;
  readonly payload?: Record<string, unknown>;
}

/** The ids of accounts a route may act on (users, teams, tokens). */
export interface Accounts {
  readonly userId: string;
  readonly teamId: string;
  readonly memberId: string;
  /** A token of the caller's own (or, for anonymous callers, of someone). */
  readonly tokenId: string;
  /** A user who may sign in with {@link password}. */
  readonly username: string;
  readonly password: string;
  readonly reviewers: readonly string[];
}

export interface RoutePolicy {
  readonly access: Access;
  /**
   * Acts on one postmortem (or its rows): a restricted one that does not name the caller is
   * not found (404), for every role, admins included.
   */
  readonly postmortem: boolean;
  /** Changes or removes rows: each call gets a fresh world. */
  readonly mutates: boolean;
  /** The request: valid, so that an allowed caller gets past validation. */
  readonly call: (w: World, a: Accounts) => RouteCall;
  /** Why an allowed call may answer something else than 2xx (a state rule, not access). */
  readonly allowedNon2xx?: readonly number[];
  /** Only from a signed-in session: an API token gets 403 (it must not mint or change more). */
  readonly sessionOnly?: boolean;
  /**
   * The postmortem is looked up before the caller's right is checked (rights that depend on
   * the row, such as editing one's own comment): a hidden one is 404 before any 403.
   */
  readonly visibilityFirst?: boolean;
}

const read = (call: RoutePolicy['call'], access: Access = 'signed-in'): RoutePolicy => ({
  access,
  postmortem: false,
  mutates: false,
  call,
});
const readPm = (call: RoutePolicy['call']): RoutePolicy => ({
  access: 'signed-in',
  postmortem: true,
  mutates: false,
  call,
});
const writePm = (
  access: Access,
  call: RoutePolicy['call'],
  allowedNon2xx?: readonly number[],
): RoutePolicy => ({
  access,
  postmortem: true,
  mutates: true,
  call,
  ...(allowedNon2xx === undefined ? {} : { allowedNon2xx }),
});
const writeAccount = (access: Access, call: RoutePolicy['call']): RoutePolicy => ({
  access,
  postmortem: false,
  mutates: true,
  call,
});

/** The password of the accounts the matrix makes to act on. */
export const TARGET_PASSWORD = 'a-long-enough-password';

const unique = (): string => Math.random().toString(36).slice(2, 10);

/**
 * Every route of the app, keyed `METHOD /url/:pattern`. The matrix test fails on a route that
 * is registered but missing here, and on an entry here that no longer exists.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  // Operations and first run.
  'GET /healthz': read(() => ({ url: '/healthz' }), 'public'),
  'GET /readyz': read(() => ({ url: '/readyz' }), 'public'),
  'GET /api/setup': read(() => ({ url: '/api/setup' }), 'public'),
  // Setup is done already: anyone may ask, and is told so (409), never a 5xx.
  'POST /api/setup': {
    ...writeAccount('public', () => ({
      url: '/api/setup',
      payload: { username: `late-${unique()}`, password: 'a-long-enough-password' },
    })),
    allowedNon2xx: [409],
  },

  // Signing in and out.
  'POST /api/auth/login': writeAccount('public', (_w, a) => ({
    url: '/api/auth/login',
    payload: { username: a.username, password: TARGET_PASSWORD },
  })),
  // Signing out without a session is harmless, so anyone may.
  'POST /api/auth/logout': writeAccount('public', () => ({ url: '/api/auth/logout' })),
  'GET /api/auth/me': read(() => ({ url: '/api/auth/me' })),
  'POST /api/auth/password': {
    ...writeAccount('signed-in', (_w, a) => ({
      url: '/api/auth/password',
      payload: { currentPassword: a.password, newPassword: a.password },
    })),
    allowedNon2xx: [400],
    sessionOnly: true,
  },

  // Accounts.
  'GET /api/users': read(() => ({ url: '/api/users' })),
  'POST /api/users': writeAccount('admin', () => ({
    url: '/api/users',
    payload: { username: `made-${unique()}`, password: TARGET_PASSWORD, role: 'viewer' },
  })),
  'PATCH /api/users/:id': writeAccount('admin', (_w, a) => ({
    url: `/api/users/${a.userId}`,
    payload: { displayName: `Someone ${unique()}` },
  })),
  'POST /api/users/:id/password': writeAccount('admin', (_w, a) => ({
    url: `/api/users/${a.userId}/password`,
    payload: { password: 'another-long-password' },
  })),
  'GET /api/teams': read(() => ({ url: '/api/teams' })),
  'POST /api/teams': writeAccount('admin', () => ({
    url: '/api/teams',
    payload: { name: `team-${unique()}` },
  })),
  'POST /api/teams/:id/members': {
    ...writeAccount('admin', (_w, a) => ({
      url: `/api/teams/${a.teamId}/members`,
      payload: { userId: a.memberId },
    })),
    allowedNon2xx: [409],
  },
  'DELETE /api/teams/:id/members/:userId': writeAccount('admin', (_w, a) => ({
    url: `/api/teams/${a.teamId}/members/${a.memberId}`,
  })),
  'GET /api/tokens': read(() => ({ url: '/api/tokens' })),
  'POST /api/tokens': {
    ...writeAccount('signed-in', () => ({
      url: '/api/tokens',
      payload: { name: `token-${unique()}` },
    })),
    sessionOnly: true,
  },
  'DELETE /api/tokens/:id': writeAccount('signed-in', (_w, a) => ({
    url: `/api/tokens/${a.tokenId}`,
  })),

  // Postmortems.
  'POST /api/postmortems': writeAccount('editor', () => ({
    url: '/api/postmortems',
    payload: { template: 'minimal', title: `Made in the matrix ${unique()}` },
  })),
  'GET /api/postmortems': read(() => ({ url: '/api/postmortems' })),
  'GET /api/postmortems/:idOrSlug': readPm((w) => ({ url: `/api/postmortems/${w.id}` })),
  'PUT /api/postmortems/:idOrSlug': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}`,
    payload: {
      baseRevision: w.revision,
      // The world is in review: a replacement keeps that status (it moves only by review).
      markdown: `---\nstatus: in-review\n---\n# Replaced ${w.marker}\n\n## Summary\n\nReplaced.\n`,
    },
  })),
  'PATCH /api/postmortems/:idOrSlug': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}`,
    payload: { baseRevision: w.revision, severity: 'low' },
  })),
  'DELETE /api/postmortems/:idOrSlug': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}`,
  })),
  'GET /api/templates': read(() => ({ url: '/api/templates' })),
  'GET /api/postmortems/:idOrSlug/revisions': readPm((w) => ({
    url: `/api/postmortems/${w.id}/revisions`,
  })),
  'GET /api/postmortems/:idOrSlug/revisions/:number': readPm((w) => ({
    url: `/api/postmortems/${w.id}/revisions/1`,
  })),
  'GET /api/postmortems/:idOrSlug/revisions/:number/diff': readPm((w) => ({
    url: `/api/postmortems/${w.id}/revisions/1/diff`,
  })),
  'POST /api/postmortems/:idOrSlug/revisions/:number/restore': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}/revisions/1/restore`,
    payload: { baseRevision: w.revision },
  })),
  'GET /api/postmortems/:idOrSlug/timeline': readPm((w) => ({
    url: `/api/postmortems/${w.id}/timeline`,
  })),
  'POST /api/postmortems/:idOrSlug/timeline': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}/timeline`,
    payload: {
      baseRevision: w.revision,
      entry: { time: '10:30', kind: 'action', text: 'Another entry' },
    },
  })),
  'PUT /api/postmortems/:idOrSlug/timeline/:position': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}/timeline/0`,
    payload: {
      baseRevision: w.revision,
      entry: { time: '10:05', kind: 'action', text: 'Changed entry' },
    },
  })),
  'DELETE /api/postmortems/:idOrSlug/timeline/:position': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}/timeline/0?baseRevision=${w.revision}`,
  })),
  'POST /api/postmortems/:idOrSlug/timeline/:position/move': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}/timeline/0/move`,
    payload: { baseRevision: w.revision, to: 0 },
  })),
  'GET /api/trash': read(() => ({ url: '/api/trash' }), 'editor'),
  // The matrix moves the world's postmortem to the trash before calling this one.
  'POST /api/trash/:id/restore': writePm('editor', (w) => ({ url: `/api/trash/${w.id}/restore` })),
  'GET /api/postmortems/:idOrSlug/lint': readPm((w) => ({ url: `/api/postmortems/${w.id}/lint` })),
  'GET /api/audit': read(() => ({ url: '/api/audit' })),
  'GET /api/search': read((w) => ({ url: `/api/search?q=${w.marker}` })),

  // Insights.
  'GET /api/insights/summary': read(() => ({ url: '/api/insights/summary' })),
  'GET /api/insights/factors': read(() => ({ url: '/api/insights/factors' })),
  'GET /api/insights/recurring': read(() => ({ url: '/api/insights/recurring' })),
  'GET /api/insights/action-items': read(() => ({ url: '/api/insights/action-items' })),
  'GET /api/postmortems/:id/similar': readPm((w) => ({ url: `/api/postmortems/${w.id}/similar` })),
  'GET /api/postmortems/:idOrSlug/export': readPm((w) => ({
    url: `/api/postmortems/${w.id}/export?format=md`,
  })),

  // Action items.
  'GET /api/action-items': read(() => ({ url: '/api/action-items' })),
  'GET /api/action-items/stats': read(() => ({ url: '/api/action-items/stats' })),
  'GET /api/action-items/:id': readPm((w) => ({ url: `/api/action-items/${w.actionItemId}` })),
  'POST /api/postmortems/:idOrSlug/action-items': writePm('editor', (w) => ({
    url: `/api/postmortems/${w.id}/action-items`,
    payload: { baseRevision: w.revision, title: 'Add an alert on queue depth' },
  })),
  'PATCH /api/action-items/:id': writePm('editor', (w) => ({
    url: `/api/action-items/${w.actionItemId}`,
    payload: { baseRevision: w.revision, owner: 'Ada' },
  })),
  'DELETE /api/action-items/:id': writePm('editor', (w) => ({
    url: `/api/action-items/${w.actionItemId}?baseRevision=${w.revision}`,
  })),

  // Comments: viewers comment; editing and deleting someone else's is for admins (403).
  'GET /api/postmortems/:idOrSlug/comments': readPm((w) => ({
    url: `/api/postmortems/${w.id}/comments`,
  })),
  'POST /api/postmortems/:idOrSlug/comments': writePm('viewer', (w) => ({
    url: `/api/postmortems/${w.id}/comments`,
    payload: { sectionId: 'summary', body: 'A question about the summary.' },
  })),
  'GET /api/comments/:id': readPm((w) => ({ url: `/api/comments/${w.commentId}` })),
  'PATCH /api/comments/:id': {
    ...writePm('admin', (w) => ({
      url: `/api/comments/${w.commentId}`,
      payload: { body: 'Edited by someone else' },
    })),
    visibilityFirst: true,
  },
  'DELETE /api/comments/:id': {
    ...writePm('admin', (w) => ({ url: `/api/comments/${w.commentId}` })),
    visibilityFirst: true,
  },

  // Review workflow. Every reviewer-capable caller is a requested reviewer of the world.
  'GET /api/postmortems/:idOrSlug/review': readPm((w) => ({
    url: `/api/postmortems/${w.id}/review`,
  })),
  'POST /api/postmortems/:idOrSlug/review/request': writePm('editor', (w, a) => ({
    url: `/api/postmortems/${w.id}/review/request`,
    payload: { baseRevision: w.revision, reviewers: [...a.reviewers] },
  })),
  'POST /api/postmortems/:idOrSlug/review/approve': writePm('reviewer', (w) => ({
    url: `/api/postmortems/${w.id}/review/approve`,
    payload: { baseRevision: w.revision },
  })),
  'POST /api/postmortems/:idOrSlug/review/request-changes': writePm('reviewer', (w) => ({
    url: `/api/postmortems/${w.id}/review/request-changes`,
    payload: { baseRevision: w.revision, note: 'Say more about detection.' },
  })),
  // Publishing needs an approval first: an allowed caller is told why not (409 or 422).
  'POST /api/postmortems/:idOrSlug/review/publish': writePm(
    'editor',
    (w) => ({
      url: `/api/postmortems/${w.id}/review/publish`,
      payload: { baseRevision: w.revision },
    }),
    [409, 422],
  ),
  'POST /api/postmortems/:idOrSlug/review/unpublish': writePm(
    'editor',
    (w) => ({
      url: `/api/postmortems/${w.id}/review/unpublish`,
      payload: { baseRevision: w.revision },
    }),
    [409],
  ),
};
