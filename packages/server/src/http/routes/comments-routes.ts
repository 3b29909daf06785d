import type { AppContext } from '../app-context.js';
import { requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { withFieldPrefix } from '../postmortems/storage-issues.js';
import { errorResponses } from '../schemas/error-responses.js';
import { postmortemParamsSchema } from '../schemas/postmortem-schemas.js';
import {
  commentListQuerySchema,
  commentListSchema,
  commentSchema,
  itemParamsSchema,
} from '../schemas/workflow-schemas.js';
import { createCommentSchema, updateCommentSchema } from '../../workflow/comment-input.js';
import { z } from 'zod';
import { commentsOf } from './workflow-services.js';

const tags = ['comments'];

/**
 * Comments beside a postmortem's sections, in threads. Every signed-in user who may see the
 * postmortem reads and writes them (the viewer role included); authors edit and delete their
 * own, admins any; authors and editors resolve. Bodies are Markdown, returned raw and as
 * sanitised HTML.
 */
export function registerCommentsRoutes(app: HttpApp, ctx: AppContext): void {
  const comments = commentsOf(ctx);

  app.get(
    '/api/postmortems/:idOrSlug/comments',
    {
      schema: {
        tags,
        summary: "A postmortem's comments, oldest first, and its sections' anchors",
        params: postmortemParamsSchema,
        querystring: commentListQuerySchema,
        response: {
          200: commentListSchema,
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const { sectionId, resolved } = request.query;
      return comments.listWithSections(request.params.idOrSlug, viewer, {
        sectionId,
        resolved: resolved === undefined ? undefined : resolved === 'true',
      });
    },
  );

  app.post(
    '/api/postmortems/:idOrSlug/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a section, or reply in a thread',
        params: postmortemParamsSchema,
        body: createCommentSchema,
        response: { 201: commentSchema, ...errorResponses(400, 401, 404, 413) },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      const created = await withFieldPrefix('body', () =>
        comments.create(request.params.idOrSlug, request.body, viewer),
      );
      return reply.status(201).header('location', `/api/comments/${created.id}`).send(created);
    },
  );

  app.get(
    '/api/comments/:id',
    {
      schema: {
        tags,
        summary: 'One comment',
        params: itemParamsSchema,
        response: { 200: commentSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => comments.get(request.params.id, requireViewer(request)),
  );

  app.patch(
    '/api/comments/:id',
    {
      schema: {
        tags,
        summary: 'Edit a comment, or mark it resolved',
        params: itemParamsSchema,
        body: updateCommentSchema,
        response: { 200: commentSchema, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      return withFieldPrefix('body', () =>
        comments.update(request.params.id, request.body, viewer),
      );
    },
  );

  app.delete(
    '/api/comments/:id',
    {
      schema: {
        tags,
        summary: 'Delete a comment (its replies stay)',
        params: itemParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await comments.delete(request.params.id, requireViewer(request));
      return reply.status(204).send(null);
    },
  );
}
