import { HindsightError } from '@hindsight/core';
import type { Postmortem } from '@hindsight/core';
import { renderHtml, CONTENT_SECURITY_POLICY } from '@hindsight/core/render';
import { getTemplate } from '@hindsight/core/templates';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireRole, requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { invalidInput } from '../http-error.js';
import { checkStatusKept } from '../postmortems/check-status.js';
import { parseMarkdownBody } from '../postmortems/parse-markdown-body.js';
import { withFieldPrefix } from '../postmortems/storage-issues.js';
import { errorResponses } from '../schemas/error-responses.js';
import { listQuerySchema, pageSchema, summarySchema } from '../schemas/list-schemas.js';
import {
  createBodySchema,
  deleteQuerySchema,
  getQuerySchema,
  patchBodySchema,
  postmortemParamsSchema,
  postmortemResponseSchema,
  replaceBodySchema,
  writeResponseSchema,
} from '../schemas/postmortem-schemas.js';
import type { CreateBody, PatchBody } from '../schemas/postmortem-schemas.js';

const tags = ['postmortems'];

/**
 * The postmortem documents: create (from a template, a model or Markdown), read (JSON,
 * Markdown or HTML), list with filters, replace, change metadata, and move to the trash.
 * Reading needs a signed-in viewer, writing the editor role; a postmortem the viewer may not
 * see is not found.
 */
export function registerPostmortemRoutes(app: HttpApp, ctx: AppContext): void {
  app.post(
    '/api/postmortems',
    {
      schema: {
        tags,
        summary: 'Create a postmortem from a template, a model or Markdown',
        body: createBodySchema,
        response: { 201: writeResponseSchema, ...errorResponses(400, 401, 403, 409, 413) },
      },
    },
    async (request, reply) => {
      const viewer = requireRole(request, 'editor');
      const { model, diagnostics, path } = modelToCreate(request.body);
      if (model.status !== 'draft') checkStatusKept('draft', model, `${path}.status`);
      const stored = await withFieldPrefix(path, () =>
        ctx.store.create(model, { actor: viewer.username }),
      );
      return reply
        .status(201)
        .header('location', `/api/postmortems/${stored.id}`)
        .send(diagnostics === undefined ? stored : { ...stored, diagnostics });
    },
  );

  app.get(
    '/api/postmortems',
    {
      schema: {
        tags,
        summary: 'List postmortems, filtered and sorted, a page at a time',
        querystring: listQuerySchema,
        response: { 200: pageSchema(summarySchema), ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      const page = await withFieldPrefix('query', () => ctx.store.list(request.query, { viewer }));
      // Made by our own store from checked rows: sent as JSON without the zod schema's check
      // (the library's busiest request, like GET one below). The schema still documents it.
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(page) as never);
    },
  );

  app.get(
    '/api/postmortems/:idOrSlug',
    {
      schema: {
        tags,
        summary: 'Read a postmortem as JSON, Markdown (?format=md) or an HTML page (?format=html)',
        params: postmortemParamsSchema,
        querystring: getQuerySchema,
        response: {
          200: postmortemResponseSchema.describe('with ?format=json (the default)'),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      if (request.query.format === 'json') {
        // The hot path of the API: the stored document came from our own store, so checking it
        // against the zod schema again (about 7 times the cost of JSON.stringify for a
        // corpus document) buys nothing, and the store copies the stored model's JSON into the
        // answer without parsing it, as bytes it may keep for the next read. The schema above
        // still documents the answer.
        const { id, revision, body } = await ctx.store.getJson(request.params.idOrSlug, {
          viewer,
        });
        return reply
          .header('etag', `"${id}-${revision}"`)
          .type('application/json; charset=utf-8')
          .send(body as never);
      }
      const stored = await ctx.store.get(request.params.idOrSlug, { viewer });
      reply.header('etag', `"${stored.id}-${stored.revision}"`);
      // Text answers skip the JSON schema: a string payload is sent as it is.
      if (request.query.format === 'md')
        return reply.type('text/markdown; charset=utf-8').send(stored.markdown as never);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .send(renderHtml(stored.model, { generator: 'Hindsight' }) as never);
    },
  );

  app.put(
    '/api/postmortems/:idOrSlug',
    {
      schema: {
        tags,
        summary: 'Replace the document (a model or Markdown), based on a revision',
        params: postmortemParamsSchema,
        body: replaceBodySchema,
        response: { 200: writeResponseSchema, ...errorResponses(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      const current = await ctx.store.get(request.params.idOrSlug, { viewer });
      const { body } = request;
      const parsed =
        body.markdown === undefined ? undefined : parseMarkdownBody(body.markdown, 'body.markdown');
      const model = parsed?.model ?? (body.model as Postmortem);
      const path = parsed === undefined ? 'body.model' : 'body.markdown';
      checkStatusKept(current.model.status, model, parsed === undefined ? `${path}.status` : path);
      const stored = await withFieldPrefix(path, () =>
        ctx.store.update(current.id, model, {
          actor: viewer.username,
          baseRevision: body.baseRevision,
          summary: body.summary,
        }),
      );
      return parsed === undefined ? stored : { ...stored, diagnostics: parsed.diagnostics };
    },
  );

  app.patch(
    '/api/postmortems/:idOrSlug',
    {
      schema: {
        tags,
        summary: 'Change metadata fields (title, severity, teams…), based on a revision',
        params: postmortemParamsSchema,
        body: patchBodySchema,
        response: { 200: postmortemResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const viewer = requireRole(request, 'editor');
      const current = await ctx.store.get(request.params.idOrSlug, { viewer });
      const { baseRevision, summary, ...changes } = request.body;
      return withFieldPrefix('body', () =>
        ctx.store.update(current.id, applyPatch(current.model, changes), {
          actor: viewer.username,
          baseRevision,
          summary: summary ?? `Changed ${Object.keys(changes).join(', ')}`,
        }),
      );
    },
  );

  app.delete(
    '/api/postmortems/:idOrSlug',
    {
      schema: {
        tags,
        summary: 'Move a postmortem to the trash (optionally only if still at ?baseRevision)',
        params: postmortemParamsSchema,
        querystring: deleteQuerySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const viewer = requireRole(request, 'editor');
      const current = await ctx.store.get(request.params.idOrSlug, { viewer });
      await ctx.store.softDelete(current.id, {
        actor: viewer.username,
        baseRevision: request.query.baseRevision,
      });
      return reply.status(204).send(null);
    },
  );
}

/** The model a create request describes, and where its fields are named in errors. */
function modelToCreate(body: CreateBody): {
  model: Postmortem;
  diagnostics?: ReturnType<typeof parseMarkdownBody>['diagnostics'];
  path: string;
} {
  if (body.markdown !== undefined) {
    const parsed = parseMarkdownBody(body.markdown, 'body.markdown');
    return { model: parsed.model, diagnostics: parsed.diagnostics, path: 'body.markdown' };
  }
  if (body.model !== undefined) return { model: body.model as Postmortem, path: 'body.model' };
  const id = body.template ?? 'standard';
  try {
    const template = getTemplate(id);
    const model = template.build({
      title: body.title ?? '',
      ...(body.date === undefined ? {} : { date: body.date }),
      ...(body.severity === undefined ? {} : { severity: body.severity }),
      ...(body.authors === undefined ? {} : { authors: body.authors }),
      ...(body.timezone === undefined ? {} : { timezone: body.timezone }),
    });
    return { model, path: 'body' };
  } catch (error) {
    if (error instanceof HindsightError && error.code === 'unknown_template')
      throw invalidInput([{ path: 'body.template', message: error.message }]);
    throw error;
  }
}

/** The model with the PATCH's fields set; `null` removes an optional field. */
function applyPatch(
  model: Postmortem,
  changes: Omit<PatchBody, 'baseRevision' | 'summary'>,
): Postmortem {
  const cleared = new Set(
    Object.entries(changes)
      .filter(([, value]) => value === null)
      .map(([key]) => key),
  );
  const set = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== null && value !== undefined),
  );
  const next = {
    ...Object.fromEntries(Object.entries(model).filter(([key]) => !cleared.has(key))),
    ...set,
  };
  return next as Postmortem;
}
