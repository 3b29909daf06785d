import type { PostmortemInput } from '@hindsight/core';
import { buildModel } from '../../storage/test-support/build-model.js';
import type { DialectContext } from '../../storage/test-support/for-each-dialect.js';
import type { Role, Viewer } from '../../storage/viewer.js';
import { ActionItemService } from '../action-item-service.js';
import { CommentService } from '../comment-service.js';
import { ReviewService } from '../review-service.js';
import type { KnownUser, UserLookup } from '../user-lookup.js';
import type { WorkflowOptions } from '../workflow-options.js';

/** A signed-in user as the services see one. */
export function user(username: string, role: Role, teams: string[] = []): Viewer {
  return { kind: 'user', id: `id-${username}`, username, aliases: [], role, teams };
}

/** The people of the workflow tests, one per role plus a second reviewer. */
export const PEOPLE = {
  admin: user('root', 'admin'),
  editor: user('ed', 'editor'),
  otherEditor: user('eve', 'editor'),
  reviewer: user('rui', 'reviewer'),
  secondReviewer: user('rosa', 'reviewer'),
  viewer: user('vic', 'viewer'),
} as const;

/**
 * A directory of the people above, standing in for the `users` table in storage tests (the
 * HTTP tests use real accounts). Case-insensitive, like the real lookup.
 */
export const peopleLookup: UserLookup = async (name) => {
  const found = Object.values(PEOPLE).find((p) => p.username === name.trim().toLowerCase());
  return found === undefined
    ? undefined
    : ({ username: found.username, role: found.role } satisfies KnownUser);
};

/** The three services over a test database. */
export function workflowServices(ctx: DialectContext, options: Partial<WorkflowOptions> = {}) {
  const base: WorkflowOptions = {
    handle: ctx.handle,
    store: ctx.store,
    users: peopleLookup,
    ...options,
  };
  return {
    actionItems: new ActionItemService(base),
    comments: new CommentService(base),
    reviews: new ReviewService(base),
  };
}

/** A postmortem with no lint errors in the `minimal` profile (and several in `standard`). */
export function publishableModel(overrides: Partial<PostmortemInput> = {}): PostmortemInput {
  return buildModel({
    sections: [
      {
        kind: 'summary',
        heading: 'Summary',
        level: 2,
        body: 'Checkout failed for 39 minutes after a config push; rolling back fixed it.',
      },
      { kind: 'timeline', heading: 'Timeline', level: 2, body: '' },
      {
        kind: 'root-cause',
        heading: 'Root cause',
        level: 2,
        body: 'A config value was out of range and the pods rejected it.',
      },
      { kind: 'action-items', heading: 'Action items', level: 2, body: '' },
    ],
    ...overrides,
  });
}
