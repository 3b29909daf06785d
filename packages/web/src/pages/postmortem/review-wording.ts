import type { ReviewEvent, ReviewState, ReviewStatus } from '../../api/types.js';

/** How each review state reads, and the badge tone that repeats it. */
export const REVIEW_STATE_LABELS: Readonly<
  Record<ReviewState, { label: string; tone: 'muted' | 'warning' | 'danger' | 'success' }>
> = {
  none: { label: 'Not in review', tone: 'muted' },
  'in-review': { label: 'In review', tone: 'warning' },
  'changes-requested': { label: 'Changes requested', tone: 'danger' },
  approved: { label: 'Approved', tone: 'success' },
  published: { label: 'Published', tone: 'success' },
};

/** One history line without its time: "sam asked rui and rosa to review". */
export function eventSentence(event: ReviewEvent): string {
  switch (event.action) {
    case 'request':
      return `${event.actor} asked ${namesList(event.reviewers)} to review`;
    case 'approve':
      return `${event.actor} approved`;
    case 'request-changes':
      return `${event.actor} requested changes`;
    case 'publish':
      return `${event.actor} published`;
    case 'unpublish':
      return `${event.actor} took it back to review`;
  }
}

/** `a`, `a and b`, `a, b and c`. */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * Why publishing is not possible yet, in the server's own terms (docs/workflow.md): it needs
 * an approval with no "changes requested" after it. Null when nothing in the review stands
 * in the way (lint errors are only known when the server checks the document).
 */
export function publishBlocker(review: ReviewStatus): string | null {
  if (review.state === 'published') return 'It is published.';
  if (review.standingApproval !== null) return null;
  if (review.state === 'none')
    return 'Publishing needs an approval: request a review from a reviewer first.';
  if (review.state === 'changes-requested') {
    const askers = Object.entries(review.decisions)
      .filter(([, decision]) => decision === 'request-changes')
      .map(([name]) => name);
    return `Publishing needs an approval, and ${namesList(askers)} requested changes: make them, then request review again.`;
  }
  return `Publishing needs an approval: ${namesList([...review.reviewers])} ${review.reviewers.length === 1 ? 'has' : 'have'} not approved yet.`;
}
