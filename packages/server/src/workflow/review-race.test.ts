import { expect, it } from 'vitest';
import { ConflictError } from '../storage/errors.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { PEOPLE, publishableModel, workflowServices } from './test-support/workflow-fixtures.js';

const { editor, reviewer } = PEOPLE;

forEachDialect('ReviewService races', (ctx) => {
  it('records an approval only against the revision current when it commits', async () => {
    const { reviews } = workflowServices(ctx);
    let approvals = 0;
    let conflicts = 0;
    for (let round = 0; round < 8; round++) {
      const created = await ctx.store.create(publishableModel({ title: `Race ${round}` }), {
        actor: editor.username,
      });
      await reviews.request(created.id, { baseRevision: 1, reviewers: ['rui'] }, editor);
      const current = await ctx.store.get(created.id);
      // The approval and an edit leave from the same revision at the same moment.
      const [approval, edit] = await Promise.allSettled([
        reviews.approve(created.id, { baseRevision: 2 }, reviewer),
        ctx.store.update(
          created.id,
          { ...current.model, severity: 'low' },
          { actor: editor.username, baseRevision: 2 },
        ),
      ]);
      // The approval does not move the revision, so the edit always lands.
      expect(edit.status).toBe('fulfilled');
      const audit = (await ctx.store.listAudit({ postmortemId: created.id })).reverse();
      const order = audit.map((a) => a.action).filter((a) => a !== 'postmortem.create');
      if (approval.status === 'fulfilled') {
        approvals++;
        // It committed first: recorded on revision 2 before the edit made revision 3.
        expect(order).toEqual(['review.request', 'review.approve', 'postmortem.update']);
        const status = await reviews.status(created.id, reviewer);
        expect(status.events.at(-1)).toMatchObject({ action: 'approve', revision: 2 });
      } else {
        conflicts++;
        expect(approval.reason).toBeInstanceOf(ConflictError);
        expect(order).toEqual(['review.request', 'postmortem.update']);
      }
    }
    expect(approvals + conflicts).toBe(8);
  });
});
