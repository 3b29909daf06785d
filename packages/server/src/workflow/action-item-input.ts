import {
  actionItemSchema,
  actionStatusSchema,
  actionTypeSchema,
  isoDateSchema,
  prioritySchema,
} from '@hindsight/core';
import { z } from 'zod';

const baseRevision = z.number().int().min(1);

/** A new action item on a postmortem, at `position` (the end by default). */
export const createActionItemSchema = actionItemSchema
  .extend({
    baseRevision,
    title: z.string().trim().min(1).max(500),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type CreateActionItemInput = z.input<typeof createActionItemSchema>;

/** Changes to one action item; `null` clears an optional field. */
export const updateActionItemSchema = z
  .object({
    baseRevision,
    title: z.string().trim().min(1).max(500).optional(),
    type: actionTypeSchema.nullable().optional(),
    owner: z.string().trim().min(1).max(200).nullable().optional(),
    due: isoDateSchema.nullable().optional(),
    status: actionStatusSchema.optional(),
    priority: prioritySchema.nullable().optional(),
    link: z.string().trim().min(1).max(2000).nullable().optional(),
    notes: z.string().max(20_000).nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== 'baseRevision'), {
    message: 'name at least one field to change',
  });
export type UpdateActionItemInput = z.input<typeof updateActionItemSchema>;

/** Removing an action item, from the revision the caller last read. */
export const deleteActionItemSchema = z.object({ baseRevision }).strict();
