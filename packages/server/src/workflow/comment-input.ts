import { z } from 'zod';

/** A new comment: on a section (by its anchor id), or a reply to another comment. */
export const createCommentSchema = z
  .object({
    /** The section's anchor id (`sectionAnchors`); a reply takes its parent's section. */
    sectionId: z.string().trim().min(1).max(200).optional(),
    /** The words of the section the comment is about. */
    quote: z.string().trim().min(1).max(2000).optional(),
    /** Markdown. */
    body: z.string().trim().min(1).max(20_000),
    parentId: z.uuid().optional(),
  })
  .strict()
  .refine((v) => v.sectionId !== undefined || v.parentId !== undefined, {
    message: 'name the section (sectionId) or the comment answered (parentId)',
    path: ['sectionId'],
  });
export type CreateCommentInput = z.input<typeof createCommentSchema>;

/** Editing a comment's text (its author only) or resolving it. */
export const updateCommentSchema = z
  .object({
    body: z.string().trim().min(1).max(20_000).optional(),
    resolved: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.body !== undefined || v.resolved !== undefined, {
    message: 'name at least one field to change (body, resolved)',
  });
export type UpdateCommentInput = z.input<typeof updateCommentSchema>;
