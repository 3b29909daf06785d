import { timelineEntrySchema } from '@hindsight/core';
import type { Postmortem, TimelineEntry } from '@hindsight/core';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { invalidInput, notFound } from '../http-error.js';
import { withFieldPrefix } from '../postmortems/storage-issues.js';
import { errorResponses } from '../schemas/error-responses.js';
import { baseRevisionSchema, postmortemParamsSchema } from '../schemas/postmortem-schemas.js';

const tags = ['timeline'];

/** What a client writes of an entry; the resolved times (`at`, `clock`…) are worked out on save. */
const entryInputSchema = timelineEntrySchema
  .pick({ time: true, kind: true, text: true, date: true })
  .extend({ text: z.string().max(20_000) })
  .strict();

const positionParams = postmortemParamsSchema.extend({
  position: z.coerce.number().int().min(0).describe('0 for the first entry'),
});

const timelineSchema = z.object({
  revision: z.number().int().describe('the revision the timeline belongs to'),
  items: z.array(timelineEntrySchema),
});

/**
 * The timeline as a list of its own: each change is an edit of the document, based on a
 * revision, and saved as a new revision, like any other write. Positions count from 0.
 */
export function registerTimelineRoutes(app: HttpApp, ctx: AppContext): void {
  /** Loads the postmortem, applies `edit` to its timeline and saves it as a new revision. */
  async function editTimeline(
    request: Parameters<typeof requireRole>[0],
    idOrSlug: string,
    baseRevision: number,
    summary: string,
    edit: (timeline: TimelineEntry[]) => TimelineEntry[],
  ) {
    const viewer = requireRole(request, 'editor');
    const current = await ctx.store.get(idOrSlug, { viewer });
    const model: Postmortem = { ...current.model, timeline: edit([...current.model.timeline]) };
    const stored = await withFieldPrefix('body', () =>
      ctx.store.update(current.id, model, { actor: viewer.username, baseRevision, summary }),
    );
    return { revision: stored.revision, items: stored.model.timeline };
  }

  function checkPosition(timeline: readonly unknown[], position: number, path: string): void {
    if (position >= timeline.length)
      throw timeline.length === 0 || path.startsWith('params')
        ? notFound(`timeline entry ${position}`)
        : invalidInput([{ path, message: `must be below ${timeline.length}` }]);
  }

  app.get(
    '/api/postmortems/:idOrSlug/timeline',
    {
      schema: {
        tags,
        summary: 'Read the timeline',
        params: postmortemParamsSchema,
        response: { 200: timelineSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const stored = await ctx.store.get(request.params.idOrSlug, { viewer });
      return { revision: stored.revision, items: stored.model.timeline };
    },
  );

  app.post(
    '/api/postmortems/:idOrSlug/timeline',
    {
      schema: {
        tags,
        summary: 'Add an entry (at the end, or at `position`)',
        params: postmortemParamsSchema,
        body: z
          .object({
            baseRevision: baseRevisionSchema,
            entry: entryInputSchema,
            position: z.number().int().min(0).optional(),
          })
          .strict(),
        response: { 201: timelineSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { baseRevision, entry, position } = request.body;
      const result = await editTimeline(
        request,
        request.params.idOrSlug,
        baseRevision,
        'Added a timeline entry',
        (timeline) => {
          const at = position ?? timeline.length;
          if (at > timeline.length)
            throw invalidInput([
              { path: 'body.position', message: `must be at most ${timeline.length}` },
            ]);
          timeline.splice(at, 0, entry);
          return timeline;
        },
      );
      return reply.status(201).send(result);
    },
  );

  app.put(
    '/api/postmortems/:idOrSlug/timeline/:position',
    {
      schema: {
        tags,
        summary: 'Replace an entry',
        params: positionParams,
        body: z.object({ baseRevision: baseRevisionSchema, entry: entryInputSchema }).strict(),
        response: { 200: timelineSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { idOrSlug, position } = request.params;
      return editTimeline(
        request,
        idOrSlug,
        request.body.baseRevision,
        'Changed a timeline entry',
        (timeline) => {
          checkPosition(timeline, position, 'params.position');
          timeline[position] = request.body.entry;
          return timeline;
        },
      );
    },
  );

  app.delete(
    '/api/postmortems/:idOrSlug/timeline/:position',
    {
      schema: {
        tags,
        summary: 'Remove an entry',
        params: positionParams,
        querystring: z.object({ baseRevision: z.coerce.number().int().min(1) }).strict(),
        response: { 200: timelineSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { idOrSlug, position } = request.params;
      return editTimeline(
        request,
        idOrSlug,
        request.query.baseRevision,
        'Removed a timeline entry',
        (timeline) => {
          checkPosition(timeline, position, 'params.position');
          timeline.splice(position, 1);
          return timeline;
        },
      );
    },
  );

  app.post(
    '/api/postmortems/:idOrSlug/timeline/:position/move',
    {
      schema: {
        tags,
        summary: 'Move an entry to another position',
        params: positionParams,
        body: z.object({ baseRevision: baseRevisionSchema, to: z.number().int().min(0) }).strict(),
        response: { 200: timelineSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { idOrSlug, position } = request.params;
      return editTimeline(
        request,
        idOrSlug,
        request.body.baseRevision,
        'Moved a timeline entry',
        (timeline) => {
          checkPosition(timeline, position, 'params.position');
          checkPosition(timeline, request.body.to, 'body.to');
          const [moved] = timeline.splice(position, 1);
          if (moved !== undefined) timeline.splice(request.body.to, 0, moved);
          return timeline;
        },
      );
    },
  );
}
