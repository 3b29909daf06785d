import { unifiedDiff } from '@hindsight/core/text';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { invalidInput } from '../http-error.js';
import { errorResponses } from '../schemas/error-responses.js';
import { pageSchema } from '../schemas/list-schemas.js';
import {
  baseRevisionSchema,
  postmortemParamsSchema,
  postmortemResponseSchema,
} from '../schemas/postmortem-schemas.js';
import { postmortemSchema } from '@hindsight/core';

const tags = ['revisions'];

const revisionParams = postmortemParamsSchema.extend({
  number: z.coerce.number().int().min(1).describe('the revision number'),
});

export const revisionInfoSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  author: z.string(),
  createdAt: z.string(),
  summary: z.string().nullable(),
});

export const storedRevisionSchema = revisionInfoSchema.extend({
  postmortemId: z.string(),
  model: postmortemSchema,
  markdown: z.string(),
});

const diffSchema = z.object({
  from: z.number().int().describe('0 stands for the empty document before revision 1'),
  to: z.number().int(),
  diff: z.string().describe('a unified diff of the canonical Markdown, empty when equal'),
  added: z.number().int(),
  removed: z.number().int(),
});

/**
 * A postmortem's history: every save is a revision. List, read, compare and restore them;
 * restoring writes the old document as a new revision (history is never rewritten).
 */
export function registerRevisionRoutes(app: HttpApp, ctx: AppContext): void {
  app.get(
    '/api/postmortems/:idOrSlug/revisions',
    {
      schema: {
        tags,
        summary: 'List the revisions of a postmortem, newest first',
        params: postmortemParamsSchema,
        querystring: z
          .object({
            limit: z.coerce.number().int().min(1).max(200).optional(),
            cursor: z.string().min(1).max(1000).optional(),
          })
          .strict(),
        response: { 200: pageSchema(revisionInfoSchema), ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      return ctx.store.listRevisions(request.params.idOrSlug, { ...request.query, viewer });
    },
  );

  app.get(
    '/api/postmortems/:idOrSlug/revisions/:number',
    {
      schema: {
        tags,
        summary: 'Read one revision, with its model and Markdown',
        params: revisionParams,
        response: { 200: storedRevisionSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { idOrSlug, number } = request.params;
      return ctx.store.getRevision(idOrSlug, number, { viewer });
    },
  );

  app.get(
    '/api/postmortems/:idOrSlug/revisions/:number/diff',
    {
      schema: {
        tags,
        summary: 'Compare a revision with an earlier one (default: the one before it)',
        params: revisionParams,
        querystring: z
          .object({
            from: z.coerce
              .number()
              .int()
              .min(0)
              .optional()
              .describe('the revision to compare with; 0 for the empty document'),
          })
          .strict(),
        response: { 200: diffSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { idOrSlug, number } = request.params;
      const from = request.query.from ?? number - 1;
      if (from > number)
        throw invalidInput([
          { path: 'query.from', message: `must not be after revision ${number}` },
        ]);
      const to = await ctx.store.getRevision(idOrSlug, number, { viewer });
      const before =
        from === 0 ? '' : (await ctx.store.getRevision(idOrSlug, from, { viewer })).markdown;
      const diff = unifiedDiff(`${to.model.slug ?? idOrSlug}.md`, before, to.markdown);
      let added = 0;
      let removed = 0;
      for (const line of diff.split('\n')) {
        if (line.startsWith('+') && !line.startsWith('+++')) added++;
        else if (line.startsWith('-') && !line.startsWith('---')) removed++;
      }
      return { from, to: number, diff, added, removed };
    },
  );

  app.post(
    '/api/postmortems/:idOrSlug/revisions/:number/restore',
    {
      schema: {
        tags,
        summary: 'Make an old revision current again, as a new revision',
        params: revisionParams,
        body: z
          .object({
            baseRevision: baseRevisionSchema,
            summary: z.string().trim().min(1).max(500).optional(),
          })
          .strict(),
        response: { 200: postmortemResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      const { idOrSlug, number } = request.params;
      const current = await ctx.store.get(idOrSlug, { viewer });
      const old = await ctx.store.getRevision(current.id, number, { viewer });
      // The review state is not part of the history: restoring text never publishes or
      // unpublishes (that is the review workflow's to do).
      return ctx.store.update(
        current.id,
        { ...old.model, status: current.model.status },
        {
          actor: viewer.username,
          baseRevision: request.body.baseRevision,
          summary: request.body.summary ?? `Restored revision ${number}`,
          audit: { action: 'postmortem.restore-revision', details: { restored: number } },
        },
      );
    },
  );
}
