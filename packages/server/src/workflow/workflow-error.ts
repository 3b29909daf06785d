import type { LintMessage } from '@hindsight/core/lint';

/**
 * Stable codes of the workflow layer, mapped to HTTP statuses in the API's error handler:
 * `forbidden` 403 (a signed-in user acting outside their part: approving a review they were
 * not asked for, editing another's comment), `invalid_transition` 409 (the review is not in a
 * state that allows the step), `publish_blocked` 422 (the document fails its lint profile).
 */
export type WorkflowErrorCode = 'forbidden' | 'invalid_transition' | 'publish_blocked';

/** An error the workflow layer throws on purpose. */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    /** For `publish_blocked`: the lint errors that stand in the way. */
    readonly findings?: readonly LintMessage[],
  ) {
    super(message);
  }
}
