import {
  actionStatusSchema,
  actionTypeSchema,
  isoDateSchema,
  prioritySchema,
  severitySchema,
} from '@hindsight/core';
import { z } from 'zod';

/** How the action-item board can be ordered, and each order's usual direction. */
export const ACTION_ITEM_SORTS = {
  /** Soonest due first; items without a due date last. */
  due: 'asc',
  updated: 'desc',
  created: 'desc',
  /** High, medium, low, then none. */
  priority: 'asc',
} as const;
export type ActionItemSort = keyof typeof ACTION_ITEM_SORTS;

const name = z.string().trim().min(1).max(200);

/** One value or several (a repeated query parameter), any of which may match. */
function oneOrMany<T extends z.ZodType>(schema: T) {
  return z
    .union([schema, z.array(schema).min(1).max(50)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
}

/** `true`/`false` as JSON or as query text. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === true || v === 'true'));

/**
 * Filters, order and page of the action-item board across postmortems. It reads the same
 * from JSON and from a query string (numbers and flags as text, repeated keys as arrays).
 */
export const actionItemFilterShape = {
  owner: oneOrMany(name),
  status: oneOrMany(actionStatusSchema),
  type: oneOrMany(actionTypeSchema),
  priority: oneOrMany(prioritySchema),
  /** Due strictly before this day. */
  dueBefore: isoDateSchema.optional(),
  /** Due strictly after this day. */
  dueAfter: isoDateSchema.optional(),
  /** Only overdue items (true) or only those that are not (false). */
  overdue: flag,
  /** Items of one postmortem. */
  postmortem: z.uuid().optional(),
  service: oneOrMany(name),
  team: oneOrMany(name),
  severity: oneOrMany(severitySchema),
};

export const actionItemFilterSchema = z.object(actionItemFilterShape).strict();

export const actionItemListSchema = z
  .object({
    ...actionItemFilterShape,
    sort: z
      .enum(Object.keys(ACTION_ITEM_SORTS) as [ActionItemSort, ...ActionItemSort[]])
      .optional(),
    order: z.enum(['asc', 'desc']).optional(),
    cursor: z.string().min(1).max(1000).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export type ActionItemFilters = z.input<typeof actionItemFilterSchema>;
export type CheckedActionItemFilters = z.output<typeof actionItemFilterSchema>;
export type ActionItemListOptions = z.input<typeof actionItemListSchema>;
export type CheckedActionItemListOptions = z.output<typeof actionItemListSchema>;
