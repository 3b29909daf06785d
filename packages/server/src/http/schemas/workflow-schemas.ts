import {
  actionStatusSchema,
  actionTypeSchema,
  isoDateSchema,
  prioritySchema,
  severitySchema,
} from '@hindsight/core';
import { PROFILE_NAMES } from '@hindsight/core/lint';
import { z } from 'zod';
import { ACTION_ITEM_SORTS } from '../../workflow/action-item-list-options.js';
import type { ActionItemSort } from '../../workflow/action-item-list-options.js';
import { REVIEW_STATES } from '../../workflow/review-state.js';
import { nameSchema, oneOrMany } from './query-values.js';

const filterShape = {
  owner: oneOrMany(nameSchema),
  status: oneOrMany(actionStatusSchema),
  type: oneOrMany(actionTypeSchema),
  priority: oneOrMany(prioritySchema),
  dueBefore: isoDateSchema.optional().describe('due strictly before this day (YYYY-MM-DD)'),
  dueAfter: isoDateSchema.optional().describe('due strictly after this day (YYYY-MM-DD)'),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .describe('due before today (in the server zone) and still open or in progress'),
  postmortem: z.uuid().optional().describe('the items of one postmortem'),
  service: oneOrMany(nameSchema),
  team: oneOrMany(nameSchema),
  severity: oneOrMany(severitySchema),
};

/** The query of the action-item counts (`GET /api/action-items/stats`). */
export const actionItemStatsQuerySchema = z.object(filterShape).strict();

/** The query of the action-item board (`GET /api/action-items`). */
export const actionItemListQuerySchema = z
  .object({
    ...filterShape,
    sort: z
      .enum(Object.keys(ACTION_ITEM_SORTS) as [ActionItemSort, ...ActionItemSort[]])
      .optional()
      .describe('due (default: soonest first, undated last), updated, created, priority'),
    order: z.enum(['asc', 'desc']).optional(),
    cursor: z.string().min(1).max(1000).optional().describe('`nextCursor` of the previous page'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(200)
      .optional()
      .describe('rows per page (default 50)'),
  })
  .strict();

/** `:id` of an action item or a comment. */
export const itemParamsSchema = z.object({ id: z.string().min(1).max(200) }).strict();

/** `?baseRevision=` of deleting an action item. */
export const baseRevisionQuerySchema = z
  .object({ baseRevision: z.coerce.number().int().min(1) })
  .strict();

const nullableString = z.string().nullable();

/** One row of the action-item board. */
export const actionItemViewSchema = z.object({
  id: z.string(),
  postmortem: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
  position: z.number().int(),
  title: z.string(),
  type: actionTypeSchema.nullable(),
  owner: nullableString,
  due: nullableString,
  status: actionStatusSchema,
  priority: prioritySchema.nullable(),
  link: nullableString,
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One action item with its notes. */
export const actionItemDetailSchema = actionItemViewSchema.extend({ notes: nullableString });

const revisionRef = z.object({ id: z.string(), revision: z.number().int() });

/** The answer to an action-item write: the item and the revision the write made. */
export const actionItemWriteSchema = z.object({
  item: actionItemDetailSchema,
  postmortem: revisionRef,
});

/** The answer to deleting an action item. */
export const actionItemDeleteSchema = z.object({ postmortem: revisionRef });

/** Counts over the board's filters. */
export const actionItemStatsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(actionStatusSchema, z.number().int()),
  overdue: z.number().int(),
  unassigned: z.number().int(),
});

/** A section as comments anchor to it: `id` is its heading's anchor on the page. */
export const sectionAnchorSchema = z.object({
  id: z.string(),
  kind: z.string(),
  heading: z.string(),
});

/** A comment as returned. */
export const commentSchema = z.object({
  id: z.string(),
  postmortemId: z.string(),
  parentId: nullableString,
  section: sectionAnchorSchema,
  quote: nullableString,
  body: z.string().describe('Markdown as written'),
  html: z.string().describe('the body rendered through the sanitiser'),
  author: z.string(),
  revision: z.number().int(),
  resolved: z.boolean(),
  resolvedBy: nullableString,
  resolvedAt: nullableString,
  createdAt: z.string(),
  updatedAt: z.string(),
  deleted: z.boolean(),
});

/** A postmortem's comments, oldest first, and the anchors of its current sections. */
export const commentListSchema = z.object({
  items: z.array(commentSchema),
  sections: z.array(sectionAnchorSchema),
});

/** `?sectionId=&resolved=` of a postmortem's comments. */
export const commentListQuerySchema = z
  .object({
    sectionId: z.string().min(1).max(200).optional(),
    resolved: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** One review transition. */
export const reviewEventSchema = z.object({
  id: z.number().int(),
  action: z.enum(['request', 'approve', 'request-changes', 'publish', 'unpublish']),
  actor: z.string(),
  at: z.string(),
  revision: z.number().int(),
  note: nullableString,
  reviewers: z.array(z.string()),
});

/** Where a postmortem's review stands. */
export const reviewStatusSchema = z.object({
  state: z.enum(REVIEW_STATES),
  reviewers: z.array(z.string()),
  requestedBy: nullableString,
  decisions: z.record(z.string(), z.enum(['approve', 'request-changes'])),
  standingApproval: reviewEventSchema.nullable(),
  events: z.array(reviewEventSchema),
  publishProfile: z
    .enum(PROFILE_NAMES)
    .describe(
      'the lint profile publishing checks (HINDSIGHT_PUBLISH_PROFILE); GET …/lint?profile= shows its findings before publishing',
    ),
});

/** The answer to a review transition. */
export const reviewResultSchema = z.object({
  review: reviewStatusSchema,
  postmortem: z.object({ id: z.string(), revision: z.number().int(), status: z.string() }),
});
