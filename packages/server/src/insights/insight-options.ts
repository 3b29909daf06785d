import { isoDateSchema, toFieldIssues } from '@hindsight/core';
import { GROUP_BY } from '@hindsight/core/metrics';
import { z } from 'zod';
import { InvalidInputError } from '../storage/errors.js';
import { listOptionsSchema } from '../storage/list-options.js';

/** The filters of every insight: the same as a postmortem list's. */
export const insightFiltersSchema = listOptionsSchema
  .pick({
    status: true,
    severity: true,
    service: true,
    team: true,
    tag: true,
    author: true,
    from: true,
    to: true,
  })
  .strict();

export type InsightFilters = z.input<typeof insightFiltersSchema>;
export type CheckedInsightFilters = z.output<typeof insightFiltersSchema>;

export const groupBySchema = z.enum(GROUP_BY);

/** `YYYY-MM-DD`: the day overdue items are counted on. */
export const todaySchema = isoDateSchema;

/** How many similar incidents, and how alike at least. */
export const similarOptionsSchema = z
  .object({
    limit: z.number().int().min(1).max(50).default(5),
    minScore: z.number().min(0).max(1).default(0.1),
  })
  .strict();

/** Checks a value with `schema`; `invalid_input` naming each field at fault. */
export function checkInsightInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new InvalidInputError(toFieldIssues(result.error));
  return result.data;
}
