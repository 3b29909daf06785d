import type { PostmortemInput } from '@hindsight/core';
import { expect } from 'vitest';
import type { StoredPostmortem } from '../../storage/stored-postmortem.js';
import { buildModel } from '../../storage/test-support/build-model.js';
import type { HttpApp } from '../http-app.js';
import { asViewer } from './test-viewer.js';

/**
 * Creates a postmortem through the API as the editor `ada` (or `headers`' user) and returns
 * it; fails the test when the API refuses.
 *
 * @example const pm = await createPostmortem(ctx.app, { title: 'DNS outage' });
 */
export async function createPostmortem(
  app: HttpApp,
  overrides: Partial<PostmortemInput> = {},
  headers: Record<string, string> = asViewer('editor', 'ada'),
): Promise<StoredPostmortem> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/postmortems',
    headers,
    payload: { model: buildModel(overrides) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<StoredPostmortem>();
}
