import { expect, it } from 'vitest';
import { ConflictError, InvalidInputError, NotFoundError } from '../storage/errors.js';
import { countRows, forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { PEOPLE, publishableModel, workflowServices } from './test-support/workflow-fixtures.js';
import { WorkflowError } from './workflow-error.js';

const { editor, otherEditor, reviewer, secondReviewer, viewer, admin } = PEOPLE;

forEachDialect('ReviewService', (ctx) => {
  const services = () =>
    workflowServices(ctx, {
      lintProfile: 'minimal',
      zone: 'Australia/Sydney',
      now: () => new Date('2024-03-25T20:00:00Z'),
    });

  it('walks request → changes → re-request → approve → publish → unpublish, recording each step', async () => {
    const { reviews } = services();
    const created = await ctx.store.create(publishableModel(), { actor: editor.username });
    expect((await reviews.status(created.id, viewer)).state).toBe('none');

    const requested = await reviews.request(
      created.id,
      { baseRevision: 1, reviewers: ['RUI', 'rosa'], note: 'Please check the timeline' },
      editor,
    );
    expect(requested.review).toMatchObject({
      state: 'in-review',
      reviewers: ['rui', 'rosa'],
      requestedBy: 'ed',
    });
    expect(requested.postmortem).toMatchObject({ revision: 2, status: 'in-review' });
    const afterRequest = await ctx.store.get(created.id);
    expect(afterRequest.model.reviewers).toEqual(['rui', 'rosa']);

    const changes = await reviews.requestChanges(
      created.id,
      { baseRevision: 2, note: 'The impact needs numbers' },
      reviewer,
    );
    expect(changes.review.state).toBe('changes-requested');
    expect(changes.postmortem.revision).toBe(2);
    await expect(reviews.publish(created.id, { baseRevision: 2 }, editor)).rejects.toMatchObject({
      code: 'invalid_transition',
    });

    const edited = await ctx.store.update(
      created.id,
      { ...afterRequest.model, severity: 'critical' },
      { actor: editor.username, baseRevision: 2 },
    );
    const again = await reviews.request(
      created.id,
      { baseRevision: edited.revision, reviewers: ['rui'] },
      editor,
    );
    expect(again.review).toMatchObject({ state: 'in-review', decisions: {} });
    const approved = await reviews.approve(created.id, { baseRevision: 4 }, reviewer);
    expect(approved.review).toMatchObject({ state: 'approved', decisions: { rui: 'approve' } });

    const published = await reviews.publish(
      created.id,
      { baseRevision: 4, note: 'Ship it' },
      otherEditor,
    );
    expect(published.review.state).toBe('published');
    expect(published.postmortem).toMatchObject({ revision: 5, status: 'published' });
    const stored = await ctx.store.get(created.id);
    // 20:00 UTC on the 25th is already the 26th in Sydney.
    expect(stored.model).toMatchObject({ status: 'published', published: '2024-03-26' });

    const unpublished = await reviews.unpublish(created.id, { baseRevision: 5 }, editor);
    expect(unpublished.review.state).toBe('approved');
    const back = await ctx.store.get(created.id);
    expect(back.model.status).toBe('in-review');
    expect(back.model.published).toBeUndefined();

    const status = await reviews.status(created.id, viewer);
    expect(status.events.map((e) => [e.action, e.actor, e.revision])).toEqual([
      ['request', 'ed', 2],
      ['request-changes', 'rui', 2],
      ['request', 'ed', 4],
      ['approve', 'rui', 4],
      ['publish', 'eve', 5],
      ['unpublish', 'ed', 6],
    ]);
    expect(status.events[0]).toMatchObject({
      note: 'Please check the timeline',
      reviewers: ['rui', 'rosa'],
    });
    const audit = await ctx.store.listAudit({ postmortemId: created.id });
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'postmortem.create',
      'review.request',
      'review.request-changes',
      'postmortem.update',
      'review.request',
      'review.approve',
      'review.publish',
      'review.unpublish',
    ]);
  });

  it('refuses self-approval, reviewers not asked, and the wrong roles', async () => {
    const { reviews } = services();
    const created = await ctx.store.create(publishableModel(), { actor: admin.username });
    // An admin who asks for review may not approve it, though the admin role could review.
    await reviews.request(created.id, { baseRevision: 1, reviewers: ['rui', 'ed'] }, admin);
    await expect(reviews.approve(created.id, { baseRevision: 2 }, admin)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      reviews.approve(created.id, { baseRevision: 2 }, secondReviewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reviews.approve(created.id, { baseRevision: 2 }, viewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      reviews.request(created.id, { baseRevision: 2, reviewers: ['rosa'] }, reviewer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    // An editor named as reviewer may approve.
    await expect(reviews.approve(created.id, { baseRevision: 2 }, editor)).resolves.toMatchObject({
      review: { state: 'approved' },
    });
  });

  it('names the reviewers that cannot review, and writes nothing', async () => {
    const { reviews } = services();
    const created = await ctx.store.create(publishableModel(), { actor: editor.username });
    const before = await countRows(ctx.handle);
    const error = await reviews
      .request(created.id, { baseRevision: 1, reviewers: ['rui', 'nobody', 'vic', 'ed'] }, editor)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([
      'reviewers.1',
      'reviewers.2',
      'reviewers.3',
    ]);
    for (const input of [
      { baseRevision: 1, reviewers: [] },
      { baseRevision: 1 },
      { baseRevision: 0, reviewers: ['rui'] },
      { baseRevision: 1, reviewers: ['rui'], extra: true },
      { baseRevision: 1, reviewers: ['rui'], note: 'x'.repeat(2001) },
    ])
      await expect(reviews.request(created.id, input, editor)).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    expect(await countRows(ctx.handle)).toEqual(before);
  });

  it('refuses a stale revision with the current version, and publishing without approval', async () => {
    const { reviews } = services();
    const created = await ctx.store.create(publishableModel(), { actor: editor.username });
    await expect(reviews.publish(created.id, { baseRevision: 1 }, editor)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    await reviews.request(created.id, { baseRevision: 1, reviewers: ['rui'] }, editor);
    const stale = await reviews
      .approve(created.id, { baseRevision: 1 }, reviewer)
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current.revision).toBe(2);
    await expect(reviews.approve(created.id, { baseRevision: 2 }, reviewer)).resolves.toBeDefined();
    await expect(reviews.publish(created.id, { baseRevision: 1 }, editor)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('refuses to publish with lint errors, listing them', async () => {
    const { reviews } = services();
    const created = await ctx.store.create(publishableModel({ sections: [] }), {
      actor: editor.username,
    });
    await reviews.request(created.id, { baseRevision: 1, reviewers: ['rui'] }, editor);
    await reviews.approve(created.id, { baseRevision: 2 }, reviewer);
    const error = await reviews
      .publish(created.id, { baseRevision: 2 }, editor)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect((error as WorkflowError).code).toBe('publish_blocked');
    expect((error as WorkflowError).findings?.map((f) => f.ruleId)).toContain('required-sections');
    expect((await ctx.store.get(created.id)).revision).toBe(2);
  });

  it('hides the review of a restricted postmortem from those it does not name', async () => {
    const { reviews } = services();
    const created = await ctx.store.create(publishableModel({ visibility: 'restricted' }), {
      actor: editor.username,
    });
    await expect(reviews.status(created.id, viewer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reviews.request(created.id, { baseRevision: 1, reviewers: ['rui'] }, otherEditor),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Asking a reviewer names them on the postmortem, so they can read what they review.
    await reviews.request(created.id, { baseRevision: 1, reviewers: ['rui'] }, editor);
    await expect(reviews.status(created.id, reviewer)).resolves.toMatchObject({
      state: 'in-review',
    });
  });
});
