import { describe, expect, it } from 'vitest';
import { reviewStatus } from './review-state.js';
import type { ReviewEvent } from './review-state.js';

let id = 0;
function event(
  action: ReviewEvent['action'],
  actor: string,
  reviewers: string[] = [],
): ReviewEvent {
  return { id: ++id, action, actor, at: `t${id}`, revision: id, note: null, reviewers };
}

describe('reviewStatus', () => {
  it('is none with no transitions', () => {
    expect(reviewStatus([])).toMatchObject({
      state: 'none',
      reviewers: [],
      standingApproval: null,
    });
  });

  it('follows request, changes, re-request, approval, publish and unpublish', () => {
    const request = event('request', 'ed', ['rui', 'rosa']);
    expect(reviewStatus([request])).toMatchObject({
      state: 'in-review',
      reviewers: ['rui', 'rosa'],
      requestedBy: 'ed',
    });
    const changes = event('request-changes', 'rui');
    expect(reviewStatus([request, changes]).state).toBe('changes-requested');
    const again = event('request', 'ed', ['rui']);
    expect(reviewStatus([request, changes, again])).toMatchObject({
      state: 'in-review',
      decisions: {},
      standingApproval: null,
    });
    const approve = event('approve', 'rui');
    const approved = reviewStatus([request, changes, again, approve]);
    expect(approved).toMatchObject({ state: 'approved', standingApproval: approve });
    const publish = event('publish', 'ed');
    expect(reviewStatus([request, changes, again, approve, publish]).state).toBe('published');
    const unpublish = event('unpublish', 'ed');
    expect(reviewStatus([request, changes, again, approve, publish, unpublish]).state).toBe(
      'approved',
    );
  });

  it('lets any "changes requested" after an approval withdraw it', () => {
    const events = [
      event('request', 'ed', ['rui', 'rosa']),
      event('approve', 'rui'),
      event('request-changes', 'rosa'),
    ];
    expect(reviewStatus(events)).toMatchObject({
      state: 'changes-requested',
      standingApproval: null,
    });
    const later = event('approve', 'rui');
    expect(reviewStatus([...events, later]).standingApproval).toBe(later);
  });
});
