import { isoDateSchema, postmortemSchema, severitySchema, zoneIdSchema } from '@hindsight/core';
import { BUILT_IN_TEMPLATES } from '@hindsight/core/templates';
import { z } from 'zod';

/** The largest Markdown document accepted in a JSON body (the body limit applies too). */
export const MAX_MARKDOWN_LENGTH = 1_000_000;

/** `:idOrSlug` of the routes of one postmortem. */
export const postmortemParamsSchema = z
  .object({ idOrSlug: z.string().min(1).max(200).describe('the postmortem id (UUID) or slug') })
  .strict();

/** The revision a write was based on; a stale one gets 409 with the current version. */
export const baseRevisionSchema = z
  .number()
  .int()
  .min(1)
  .describe('the revision the change was made on (the `revision` last read)');

const summarySchema = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .describe('what changed, in a few words, for the history');

/** A postmortem as the API returns it: its model and canonical Markdown, and who changed it. */
export const postmortemResponseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  revision: z.number().int(),
  model: postmortemSchema,
  markdown: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
  deletedBy: z.string().nullable(),
});

/** A problem the parser found in Markdown that was saved anyway (warnings and notes). */
export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int().optional(),
});

/** A write's answer: the postmortem, and what the parser noted when Markdown was given. */
export const writeResponseSchema = postmortemResponseSchema.extend({
  diagnostics: z.array(diagnosticSchema).optional(),
});

const templateIds = BUILT_IN_TEMPLATES.map((t) => t.id).join(', ');

/**
 * POST /api/postmortems: exactly one of `template` (with `title` and the other template
 * options), `model` or `markdown`.
 */
export const createBodySchema = z
  .object({
    template: z.string().min(1).max(100).optional().describe(`a template id: ${templateIds}`),
    title: z.string().trim().min(1).max(300).optional().describe('with `template`'),
    date: isoDateSchema.optional().describe('with `template`: the day the incident began'),
    severity: severitySchema.optional().describe('with `template`'),
    authors: z.array(z.string().min(1).max(200)).max(50).optional().describe('with `template`'),
    timezone: zoneIdSchema.optional().describe('with `template`: the zone times are written in'),
    model: postmortemSchema.optional().describe('a whole postmortem model'),
    markdown: z
      .string()
      .min(1)
      .max(MAX_MARKDOWN_LENGTH)
      .optional()
      .describe('a postmortem as Markdown, parsed like `hindsight parse`'),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = (['template', 'model', 'markdown'] as const).filter((k) => body[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: given.length === 0 ? ['template'] : [given[1] ?? 'model'],
        message:
          given.length === 0
            ? 'give one of template, model or markdown'
            : `give only one of template, model or markdown (got ${given.join(' and ')})`,
      });
    if (body.template !== undefined && body.title === undefined)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'a template needs a title' });
    if (body.template === undefined)
      for (const key of ['title', 'date', 'severity', 'authors', 'timezone'] as const)
        if (body[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: 'only goes with `template`' });
  });
export type CreateBody = z.infer<typeof createBodySchema>;

/** PUT /api/postmortems/:idOrSlug: the whole document, as a model or as Markdown. */
export const replaceBodySchema = z
  .object({
    baseRevision: baseRevisionSchema,
    model: postmortemSchema.optional(),
    markdown: z.string().min(1).max(MAX_MARKDOWN_LENGTH).optional(),
    summary: summarySchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.model === undefined) === (body.markdown === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['model'],
        message: 'give exactly one of model or markdown',
      });
  });
export type ReplaceBody = z.infer<typeof replaceBodySchema>;

const nameList = z.array(z.string().min(1).max(200)).max(200);

/**
 * PATCH /api/postmortems/:idOrSlug: metadata fields to set; the rest of the document stays.
 * `null` clears an optional field. Status changes go through the review workflow.
 */
export const patchBodySchema = z
  .object({
    baseRevision: baseRevisionSchema,
    summary: summarySchema.optional(),
    title: postmortemSchema.shape.title.optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
      .max(120)
      .optional(),
    date: isoDateSchema.nullable().optional(),
    severity: severitySchema.nullable().optional(),
    visibility: postmortemSchema.shape.visibility.unwrap().optional(),
    timezone: zoneIdSchema.nullable().optional(),
    authors: nameList.optional(),
    reviewers: nameList.optional(),
    services: nameList.optional(),
    teams: nameList.optional(),
    tags: nameList.optional(),
    distribution: nameList.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).some((k) => k !== 'baseRevision' && k !== 'summary'), {
    message: 'give at least one field to change',
    path: ['title'],
  });
export type PatchBody = z.infer<typeof patchBodySchema>;

/** DELETE: optionally only if nobody changed it since `baseRevision`. */
export const deleteQuerySchema = z
  .object({ baseRevision: z.coerce.number().int().min(1).optional() })
  .strict();

/** `?format=` of GET one postmortem. */
export const getQuerySchema = z
  .object({ format: z.enum(['json', 'md', 'html']).default('json') })
  .strict();
