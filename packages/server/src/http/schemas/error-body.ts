import { z } from 'zod';

/** One field at fault: a dotted path (`model.timeline.3.time`, `query.limit`) and what is wrong. */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });

/**
 * The body of every error answer. `current` is the current version of the resource on a 409
 * `revision_conflict`, so that the client can show it and retry on its revision.
 */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(fieldIssueSchema).optional(),
      current: z.unknown().optional(),
      /** On 422 `publish_blocked`: the lint errors that stand in the way of publishing. */
      findings: z
        .array(
          z.object({
            ruleId: z.string(),
            message: z.string(),
            line: z.number(),
            column: z.number(),
          }),
        )
        .optional(),
    }),
  })
  .strict();

export type ErrorBody = z.infer<typeof errorBodySchema>;
