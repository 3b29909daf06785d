import { toFieldIssues } from '@hindsight/core';
import { z } from 'zod';
import { InvalidInputError } from '../storage/errors.js';

const baseRevision = z.number().int().min(1);
const note = z.string().trim().max(2000).optional();

/** Asking named reviewers to review the current revision. */
export const requestReviewSchema = z
  .object({
    baseRevision,
    reviewers: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
    note,
  })
  .strict();
export type RequestReviewInput = z.input<typeof requestReviewSchema>;

/** Approving, asking for changes, publishing or unpublishing: a revision and a note. */
export const reviewStepSchema = z.object({ baseRevision, note }).strict();
export type ReviewStepInput = z.input<typeof reviewStepSchema>;

/** Parses `input` with `schema`; `invalid_input` naming each field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(toFieldIssues(result.error));
  return result.data;
}
