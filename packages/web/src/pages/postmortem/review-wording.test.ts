import { describe, expect, it } from 'vitest';
import type { ReviewEvent, ReviewStatus } from '../../api/types.js';
import { eventSentence, namesList, publishBlocker } from './review-wording.js';

const approval: ReviewEvent = {
  id: 2,
  action: 'approve',
  actor: 'rui',
  at: '2024-03-02T10:00:00.000Z',
  revision: 2,
  note: null,
  reviewers: [],
};

function status(extra: Partial<ReviewStatus>): ReviewStatus {
  return {
    state: 'none',
    reviewers: [],
    requestedBy: null,
    decisions: {},
    standingApproval: null,
    events: [],
    publishProfile: 'standard',
    ...extra,
  };
}

describe('review wording', () => {
  it('joins names as a sentence', () => {
    expect(namesList([])).toBe('');
    expect(namesList(['rui'])).toBe('rui');
    expect(namesList(['rui', 'rosa', 'ed'])).toBe('rui, rosa and ed');
  });

  it('says who did what', () => {
    expect(
      eventSentence({ ...approval, action: 'request', actor: 'ed', reviewers: ['rui', 'rosa'] }),
    ).toBe('ed asked rui and rosa to review');
    expect(eventSentence({ ...approval, action: 'request-changes' })).toBe('rui requested changes');
  });

  it('says why publishing must wait, and nothing once an approval stands', () => {
    expect(publishBlocker(status({}))).toMatch(/request a review/);
    expect(publishBlocker(status({ state: 'in-review', reviewers: ['rui'] }))).toBe(
      'Publishing needs an approval: rui has not approved yet.',
    );
    expect(
      publishBlocker(
        status({
          state: 'changes-requested',
          reviewers: ['rui', 'rosa'],
          decisions: { rui: 'request-changes', rosa: 'approve' },
        }),
      ),
    ).toMatch(/rui requested changes/);
    // A re-request keeps an earlier approval standing: publishing is allowed.
    expect(publishBlocker(status({ state: 'in-review', standingApproval: approval }))).toBeNull();
  });
});
