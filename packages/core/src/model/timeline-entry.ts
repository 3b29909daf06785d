import { z } from 'zod';
import { timelineKindSchema } from './enums.js';
import { clockSchema, dateTimeSchema, isoDateSchema, zoneIdSchema } from './primitives.js';

/**
 * One event of the timeline. `time` is the time exactly as the author wrote it; `date`,
 * `clock`, `zone` and `at` are what Hindsight resolved it to (the day after midnight
 * crossings, the zone stated for the whole timeline, and so on).
 */
export const timelineEntrySchema = z
  .object({
    /** As written, e.g. `07:31 PM`, `2100hrs WAT`, `2019-11-29 12:00`; empty when none was given. */
    time: z.string(),
    date: isoDateSchema.optional(),
    clock: clockSchema.optional(),
    /** Days after the first entry's day, when no calendar date is known. */
    dayOffset: z.number().int().positive().optional(),
    zone: zoneIdSchema.optional(),
    /** The resolved date-time, present when the date and the clock time are known. */
    at: dateTimeSchema.optional(),
    kind: timelineKindSchema,
    /** What happened, as Markdown. */
    text: z.string(),
  })
  .strict();
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
