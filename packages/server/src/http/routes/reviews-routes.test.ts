import { expect, it } from 'vitest';
import { buildModel } from '../../storage/test-support/build-model.js';
import { forEachApp } from '../test-support/for-each-app.js';
import type { AppTestContext } from '../test-support/for-each-app.js';
import { realAuth, signIn } from '../test-support/sign-in.js';
import type { SignedIn } from '../test-support/sign-in.js';

/** No lint errors in the `minimal` profile (the app below publishes against it). */
const SECTIONS = [
  {
    kind: 'summary',
    heading: 'Summary',
    level: 2,
    body: 'Checkout failed for 39 minutes after a config push.',
  },
  { kind: 'timeline', heading: 'Timeline', level: 2, body: '' },
  {
    kind: 'root-cause',
    heading: 'Root cause',
    level: 2,
    body: 'A config value was out of range and the pods rejected it.',
  },
  { kind: 'action-items', heading: 'Action items', level: 2, body: '' },
] as const;

forEachApp(
  'review routes',
  (ctx) => {
    let editor: SignedIn;
    let reviewer: SignedIn;
    let viewer: SignedIn;
    const post = (who: SignedIn, url: string, payload: unknown) =>
      ctx.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });

    it('signs in an editor, a reviewer and a viewer', async () => {
      editor = await signIn(ctx.app, { role: 'editor' });
      reviewer = await signIn(ctx.app, { role: 'reviewer' });
      viewer = await signIn(ctx.app, { role: 'viewer' });
    });

    it('requests review, approves, publishes and unpublishes, recording each transition', async () => {
      const pm = await create(ctx, editor, { sections: [...SECTIONS] });
      const base = `/api/postmortems/${pm.id}/review`;
      const none = await ctx.app.inject({ url: base, headers: viewer.headers });
      expect(none.statusCode).toBe(200);
      // The profile the server was started with, so the page can lint against it beforehand.
      expect(none.json()).toMatchObject({ state: 'none', events: [], publishProfile: 'minimal' });

      const requested = await post(editor, `${base}/request`, {
        baseRevision: 1,
        reviewers: [reviewer.user.username],
        note: 'Ready for a look',
      });
      expect(requested.statusCode).toBe(200);
      expect(requested.json()).toMatchObject({
        review: {
          state: 'in-review',
          requestedBy: editor.user.username,
          publishProfile: 'minimal',
        },
        postmortem: { revision: 2, status: 'in-review' },
      });

      const selfApproval = await post(editor, `${base}/approve`, { baseRevision: 2 });
      expect(selfApproval.statusCode).toBe(403);
      expect(selfApproval.json().error.code).toBe('forbidden');
      const byViewer = await post(viewer, `${base}/approve`, { baseRevision: 2 });
      expect(byViewer.statusCode).toBe(403);

      const early = await post(editor, `${base}/publish`, { baseRevision: 2 });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('invalid_transition');

      const stale = await post(reviewer, `${base}/approve`, { baseRevision: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({
        code: 'revision_conflict',
        current: { revision: 2 },
      });

      const approved = await post(reviewer, `${base}/approve`, { baseRevision: 2, note: 'Clear' });
      expect(approved.statusCode).toBe(200);
      expect(approved.json().review.state).toBe('approved');

      const published = await post(editor, `${base}/publish`, { baseRevision: 2 });
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({ postmortem: { revision: 3, status: 'published' } });
      const doc = await ctx.store.get(pm.id);
      expect(doc.model).toMatchObject({
        status: 'published',
        published: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      });

      const unpublished = await post(editor, `${base}/unpublish`, { baseRevision: 3 });
      expect(unpublished.statusCode).toBe(200);
      const status = (await ctx.app.inject({ url: base, headers: viewer.headers })).json();
      expect(status.events.map((e: { action: string }) => e.action)).toEqual([
        'request',
        'approve',
        'publish',
        'unpublish',
      ]);
      expect(status.events[1]).toMatchObject({
        actor: reviewer.user.username,
        note: 'Clear',
        revision: 2,
      });
    });

    it('refuses to publish with lint errors, listing the findings (422)', async () => {
      const pm = await create(ctx, editor, { sections: [] });
      const base = `/api/postmortems/${pm.id}/review`;
      await post(editor, `${base}/request`, {
        baseRevision: 1,
        reviewers: [reviewer.user.username],
      });
      await post(reviewer, `${base}/approve`, { baseRevision: 2 });
      const res = await post(editor, `${base}/publish`, { baseRevision: 2 });
      expect(res.statusCode).toBe(422);
      const { error } = res.json();
      expect(error.code).toBe('publish_blocked');
      expect(error.findings.length).toBeGreaterThan(0);
      expect(error.findings[0]).toMatchObject({
        ruleId: 'required-sections',
        line: expect.any(Number),
      });
    });

    it('names bad input: unknown reviewers, viewers as reviewers, wrong types, unknown fields', async () => {
      const pm = await create(ctx, editor, {});
      const url = `/api/postmortems/${pm.id}/review/request`;
      const cases: [unknown, string][] = [
        [{ baseRevision: 1, reviewers: ['nobody-here'] }, 'body.reviewers.0'],
        [{ baseRevision: 1, reviewers: [viewer.user.username] }, 'body.reviewers.0'],
        [{ baseRevision: 1, reviewers: [editor.user.username] }, 'body.reviewers.0'],
        [{ baseRevision: '1', reviewers: [reviewer.user.username] }, 'body.baseRevision'],
        [{ baseRevision: 1, reviewers: [] }, 'body.reviewers'],
        [{ baseRevision: 1, reviewers: [reviewer.user.username], colour: 'red' }, 'body.colour'],
      ];
      for (const [payload, path] of cases) {
        const res = await post(editor, url, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      }
      const after = await ctx.app.inject({
        url: `/api/postmortems/${pm.id}/review`,
        headers: editor.headers,
      });
      expect(after.json().events).toEqual([]);
    });

    it('documents the workflow routes in the OpenAPI document', async () => {
      const res = await ctx.app.inject({ url: '/api/openapi.json' });
      expect(res.statusCode).toBe(200);
      const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
      for (const path of [
        '/api/action-items',
        '/api/action-items/stats',
        '/api/action-items/{id}',
        '/api/postmortems/{idOrSlug}/action-items',
        '/api/postmortems/{idOrSlug}/comments',
        '/api/comments/{id}',
        '/api/postmortems/{idOrSlug}/review',
        '/api/postmortems/{idOrSlug}/review/publish',
      ])
        expect(paths).toContain(path);
      const review = res.json<{
        paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      }>().paths['/api/postmortems/{idOrSlug}/review'];
      expect(JSON.stringify(review?.get.responses['200'])).toContain('"publishProfile"');
    });

    it('answers 404 for the review of a postmortem the viewer may not see, and 401 signed out', async () => {
      const secret = await create(ctx, editor, {
        visibility: 'restricted',
        teams: [],
        authors: [],
      });
      const res = await ctx.app.inject({
        url: `/api/postmortems/${secret.id}/review`,
        headers: viewer.headers,
      });
      expect(res.statusCode).toBe(404);
      const anonymous = await ctx.app.inject({ url: `/api/postmortems/${secret.id}/review` });
      expect(anonymous.statusCode).toBe(401);
    });
  },
  { ...realAuth, config: { publishProfile: 'minimal' } },
);

async function create(
  ctx: AppTestContext,
  who: SignedIn,
  overrides: Parameters<typeof buildModel>[0],
): Promise<{ id: string }> {
  return ctx.store.create(buildModel(overrides), { actor: who.user.username });
}
