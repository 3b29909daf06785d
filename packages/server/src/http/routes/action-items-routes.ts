import type { AppContext } from '../app-context.js';
import { requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { withFieldPrefix } from '../postmortems/storage-issues.js';
import { errorResponses } from '../schemas/error-responses.js';
import { pageSchema } from '../schemas/list-schemas.js';
import { postmortemParamsSchema } from '../schemas/postmortem-schemas.js';
import {
  actionItemDeleteSchema,
  actionItemDetailSchema,
  actionItemListQuerySchema,
  actionItemStatsQuerySchema,
  actionItemStatsSchema,
  actionItemViewSchema,
  actionItemWriteSchema,
  baseRevisionQuerySchema,
  itemParamsSchema,
} from '../schemas/workflow-schemas.js';
import {
  createActionItemSchema,
  updateActionItemSchema,
} from '../../workflow/action-item-input.js';
import { actionItemsOf } from './workflow-services.js';

const tags = ['action items'];

/**
 * Action items as first-class rows: the board across every postmortem the viewer may see
 * (filters, sorts, cursor pages, counts), and writes of single items. A write edits the
 * postmortem's model and saves a new revision, so it carries the postmortem's `baseRevision`
 * and a stale one gets 409 with the current version. Writing needs the editor role.
 */
export function registerActionItemsRoutes(app: HttpApp, ctx: AppContext): void {
  const items = actionItemsOf(ctx);

  app.get(
    '/api/action-items',
    {
      schema: {
        tags,
        summary: 'Action items across postmortems, filtered and sorted, a page at a time',
        querystring: actionItemListQuerySchema,
        response: { 200: pageSchema(actionItemViewSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      return withFieldPrefix('query', () => items.list(request.query, viewer));
    },
  );

  app.get(
    '/api/action-items/stats',
    {
      schema: {
        tags,
        summary: 'Action items counted by status, overdue and unassigned',
        querystring: actionItemStatsQuerySchema,
        response: { 200: actionItemStatsSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      return withFieldPrefix('query', () => items.stats(request.query, viewer));
    },
  );

  app.get(
    '/api/action-items/:id',
    {
      schema: {
        tags,
        summary: 'One action item with its notes',
        params: itemParamsSchema,
        response: { 200: actionItemDetailSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => items.get(request.params.id, requireViewer(request)),
  );

  app.post(
    '/api/postmortems/:idOrSlug/action-items',
    {
      schema: {
        tags,
        summary: 'Add an action item to a postmortem (a new revision)',
        params: postmortemParamsSchema,
        body: createActionItemSchema,
        response: { 201: actionItemWriteSchema, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const viewer = requireRole(request, 'editor');
      const written = await withFieldPrefix('body', () =>
        items.create(request.params.idOrSlug, request.body, viewer),
      );
      return reply
        .status(201)
        .header('location', `/api/action-items/${written.item.id}`)
        .send(written);
    },
  );

  app.patch(
    '/api/action-items/:id',
    {
      schema: {
        tags,
        summary: 'Change an action item (a new revision of its postmortem); null clears a field',
        params: itemParamsSchema,
        body: updateActionItemSchema,
        response: { 200: actionItemWriteSchema, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      return withFieldPrefix('body', () => items.update(request.params.id, request.body, viewer));
    },
  );

  app.delete(
    '/api/action-items/:id',
    {
      schema: {
        tags,
        summary: 'Remove an action item (a new revision of its postmortem)',
        params: itemParamsSchema,
        querystring: baseRevisionQuerySchema,
        response: { 200: actionItemDeleteSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      return withFieldPrefix('query', () => items.delete(request.params.id, request.query, viewer));
    },
  );
}
