import type { Postmortem } from '@hindsight/core';
import { invalidInput } from '../http-error.js';

/**
 * Document writes may not move a postmortem through the review workflow: publishing needs an
 * approval and a clean lint, which only the review routes check. A write must carry the
 * status the postmortem has (a new one starts as a draft).
 */
export function checkStatusKept(
  current: Postmortem['status'],
  next: Postmortem,
  path: string,
): void {
  if (next.status === current) return;
  throw invalidInput([
    {
      path,
      message:
        current === 'draft' && next.status !== 'draft'
          ? `must be "draft": a postmortem moves to "${next.status}" through the review workflow`
          : `must stay "${current}": the status changes through the review workflow`,
    },
  ]);
}
