import { z } from 'zod';
import { factorCategorySchema } from './enums.js';

export const contributingFactorSchema = z
  .object({
    text: z.string().min(1),
    category: factorCategorySchema.optional(),
  })
  .strict();
export type ContributingFactor = z.infer<typeof contributingFactorSchema>;

/** One step of a "five whys" chain. */
export const whySchema = z
  .object({
    question: z.string().min(1),
    answer: z.string(),
  })
  .strict();
export type Why = z.infer<typeof whySchema>;

/**
 * The structured part of the root-cause analysis. The narrative ("what happened") stays in
 * the document's sections; these are the short statements that tools compare across incidents.
 */
export const rootCauseSchema = z
  .object({
    /** The change or event that set the incident off. */
    trigger: z.string().min(1).optional(),
    /** The direct technical cause. */
    immediateCause: z.string().min(1).optional(),
    /** The underlying system or process failure. */
    rootCause: z.string().min(1).optional(),
    contributingFactors: z.array(contributingFactorSchema).default([]),
    whys: z.array(whySchema).default([]),
  })
  .strict();
export type RootCause = z.infer<typeof rootCauseSchema>;
