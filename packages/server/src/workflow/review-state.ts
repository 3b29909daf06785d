import type { ReviewAction } from '../storage/workflow-tables.js';

/** Where a postmortem's review stands. */
export const REVIEW_STATES = [
  'none',
  'in-review',
  'changes-requested',
  'approved',
  'published',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** One recorded transition, as read back. */
export interface ReviewEvent {
  readonly id: number;
  readonly action: ReviewAction;
  readonly actor: string;
  readonly at: string;
  readonly revision: number;
  readonly note: string | null;
  /** The reviewers asked, for `request` events; empty otherwise. */
  readonly reviewers: string[];
}

/** A postmortem's review as the web app's review panel shows it. */
export interface ReviewStatus {
  readonly state: ReviewState;
  /** The reviewers of the latest request. */
  readonly reviewers: string[];
  /** Who made the latest request; they may not approve it themselves. */
  readonly requestedBy: string | null;
  /** Each reviewer's latest decision since the latest request. */
  readonly decisions: Readonly<Record<string, 'approve' | 'request-changes'>>;
  /**
   * The approval publishing rests on: the latest approval with no "changes requested" after
   * it (on any revision up to the current one), or null when there is none.
   */
  readonly standingApproval: ReviewEvent | null;
  /** Every transition, oldest first. */
  readonly events: ReviewEvent[];
}

/**
 * Folds the transitions (oldest first) into where the review stands. Pure, so that the rules
 * are tested without a database and the service and the panel can never disagree.
 *
 * - `request` opens a round with its reviewers (a re-request after changes opens a new one).
 * - Decisions of the round: any "changes requested" wins over approvals, else any approval.
 * - `publish` is `published`; `unpublish` returns to where the review stood before.
 * - An approval stands until a later "changes requested", across rounds and revisions.
 */
export function reviewStatus(events: readonly ReviewEvent[]): ReviewStatus {
  let state: ReviewState = 'none';
  let beforePublish: ReviewState = 'none';
  let reviewers: string[] = [];
  let requestedBy: string | null = null;
  let decisions: Record<string, 'approve' | 'request-changes'> = {};
  let standingApproval: ReviewEvent | null = null;
  for (const event of events) {
    switch (event.action) {
      case 'request':
        reviewers = event.reviewers;
        requestedBy = event.actor;
        decisions = {};
        state = 'in-review';
        break;
      case 'approve':
      case 'request-changes':
        decisions = { ...decisions, [event.actor]: event.action };
        standingApproval = event.action === 'approve' ? event : null;
        state = Object.values(decisions).includes('request-changes')
          ? 'changes-requested'
          : 'approved';
        break;
      case 'publish':
        beforePublish = state;
        state = 'published';
        break;
      case 'unpublish':
        state = beforePublish;
        break;
    }
  }
  return { state, reviewers, requestedBy, decisions, standingApproval, events: [...events] };
}
