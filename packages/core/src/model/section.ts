import { z } from 'zod';
import { sectionKindSchema } from './section-kind.js';

/**
 * A section of the document in reading order. `level` is the heading depth (1 to 6), or 0
 * for text that stands before any heading. `body` is the section's own Markdown, without its
 * sub-sections (they follow as sections of a deeper level) and without the timeline entries,
 * action items, whys and contributing factors that were lifted into structured fields.
 */
export const sectionSchema = z
  .object({
    kind: sectionKindSchema,
    heading: z.string(),
    level: z.number().int().min(0).max(6),
    body: z.string(),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;
