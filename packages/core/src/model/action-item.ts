import { z } from 'zod';
import { actionStatusSchema, actionTypeSchema, prioritySchema } from './enums.js';
import { isoDateSchema } from './primitives.js';

/** A task that will stop the incident from happening again, tracked to done. */
export const actionItemSchema = z
  .object({
    title: z.string().min(1),
    type: actionTypeSchema.optional(),
    owner: z.string().min(1).optional(),
    due: isoDateSchema.optional(),
    status: actionStatusSchema.default('open'),
    priority: prioritySchema.optional(),
    /** A link to the item in an external tracker. */
    link: z.string().min(1).optional(),
    /** Further detail written under the item, as Markdown. */
    notes: z.string().optional(),
  })
  .strict();
export type ActionItem = z.infer<typeof actionItemSchema>;
