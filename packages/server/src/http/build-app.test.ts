import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requireRole, requireViewer } from './auth/guards.js';
import { HttpError } from './http-error.js';
import { ROUTE_MODULES } from './routes/index.js';
import type { RouteModule } from './routes/route-module.js';
import { forEachApp } from './test-support/for-each-app.js';
import { asViewer } from './test-support/test-viewer.js';

/** Routes that exist only in this test, to exercise the skeleton's plumbing. */
const probeRoutes: RouteModule = (app) => {
  app.post(
    '/api/probe',
    {
      schema: {
        body: z.object({ name: z.string().min(1), count: z.number().int() }).strict(),
        querystring: z.object({ mode: z.enum(['a', 'b']).optional() }).strict(),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async () => ({ ok: true }),
  );
  app.get('/api/probe/viewer', async (request) => ({ username: requireViewer(request).username }));
  app.get('/api/probe/admin', async (request) => ({
    username: requireRole(request, 'admin').username,
  }));
  app.get('/api/probe/boom', async () => {
    throw new Error('secret internals at /srv/db');
  });
  app.get('/api/probe/teapot', async () => {
    throw new HttpError(418, 'teapot', 'short and stout');
  });
};

forEachApp(
  'the HTTP skeleton',
  (ctx) => {
    it('answers /healthz and /readyz', async () => {
      const health = await ctx.app.inject({ url: '/healthz' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok' });
      const ready = await ctx.app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: 'ready' });
    });

    it('says it is not ready once a shutdown has begun', async () => {
      ctx.app.ctx.lifecycle.shuttingDown = true;
      try {
        const ready = await ctx.app.inject({ url: '/readyz' });
        expect(ready.statusCode).toBe(503);
        expect(ready.json()).toEqual({ status: 'shutting_down' });
      } finally {
        ctx.app.ctx.lifecycle.shuttingDown = false;
      }
    });

    it('serves the OpenAPI document and the explorer', async () => {
      const spec = await ctx.app.inject({ url: '/api/openapi.json' });
      expect(spec.statusCode).toBe(200);
      const doc = spec.json<{ openapi: string; paths: Record<string, unknown> }>();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toContain('/api/probe');
      expect(Object.keys(doc.paths)).not.toContain('/api/openapi.json');
      const docs = await ctx.app.inject({ url: '/api/docs' });
      expect([200, 302]).toContain(docs.statusCode);
    });

    it('names each field at fault, unknown ones included', async () => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/probe?mode=c',
        payload: { name: 'x', count: 1 },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
      expect(res.json().error.issues[0].path).toBe('query.mode');

      const body = await ctx.app.inject({
        method: 'POST',
        url: '/api/probe',
        payload: { name: 'x', count: 'two', extra: true },
      });
      expect(body.statusCode).toBe(400);
      const paths = body.json().error.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['body.count', 'body.extra']));
    });

    it('answers broken JSON with 400 and oversized bodies with 413', async () => {
      const broken = await ctx.app.inject({
        method: 'POST',
        url: '/api/probe',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": ',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error.code).toBe('bad_request');

      const huge = await ctx.app.inject({
        method: 'POST',
        url: '/api/probe',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), count: 1 }),
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.code).toBe('payload_too_large');
      expect(huge.json().error.message).toContain('1 MiB');
    });

    it('guards routes: 401 for nobody, 403 for a role below', async () => {
      const nobody = await ctx.app.inject({ url: '/api/probe/viewer', headers: asViewer('none') });
      expect(nobody.statusCode).toBe(401);
      expect(nobody.json().error.code).toBe('unauthenticated');
      const viewer = await ctx.app.inject({
        url: '/api/probe/viewer',
        headers: asViewer('viewer', 'bob'),
      });
      expect(viewer.json()).toEqual({ username: 'bob' });
      const editor = await ctx.app.inject({
        url: '/api/probe/admin',
        headers: asViewer('editor', 'ada'),
      });
      expect(editor.statusCode).toBe(403);
      expect(editor.json().error.code).toBe('forbidden');
      const admin = await ctx.app.inject({
        url: '/api/probe/admin',
        headers: asViewer('admin', 'root'),
      });
      expect(admin.statusCode).toBe(200);
    });

    it('hides internals of unexpected errors and keeps typed ones', async () => {
      const boom = await ctx.app.inject({ url: '/api/probe/boom' });
      expect(boom.statusCode).toBe(500);
      expect(boom.json()).toEqual({
        error: { code: 'internal_error', message: 'something went wrong on the server' },
      });
      expect(boom.body).not.toContain('secret');
      expect(boom.headers['x-request-id']).toEqual(expect.any(String));
      const teapot = await ctx.app.inject({ url: '/api/probe/teapot' });
      expect(teapot.statusCode).toBe(418);
      expect(teapot.json().error.code).toBe('teapot');
    });

    it('answers unknown routes with the error body', async () => {
      const res = await ctx.app.inject({
        url: '/api/nothing-here',
        headers: { 'x-request-id': 'lost-1' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      expect(res.headers['x-request-id']).toBe('lost-1');
    });

    it('returns the request id and counts requests by route pattern', async () => {
      const res = await ctx.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
      expect(res.headers['x-request-id']).toBe('abc-123');
      const metrics = await ctx.app.inject({ url: '/metrics' });
      expect(metrics.statusCode).toBe(200);
      expect(metrics.body).toMatch(
        /hindsight_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/,
      );
      expect(metrics.body).toContain('process_cpu_user_seconds_total');
    });
  },
  { routes: [...ROUTE_MODULES, probeRoutes] },
);

describe('readiness', () => {
  it('answers 503 when the database does not answer', async () => {
    const { openTestDatabase } = await import('../storage/test-support/for-each-dialect.js');
    const { buildApp } = await import('./build-app.js');
    const db = await openTestDatabase('sqlite');
    const app = await buildApp({ handle: db.handle, logger: false });
    try {
      await db.handle.close();
      const res = await app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'database_unavailable' });
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await db.dispose().catch(() => undefined);
    }
  });
});

describe('buildApp without a viewer resolver', () => {
  it('treats every request as signed out', async () => {
    const { openTestDatabase } = await import('../storage/test-support/for-each-dialect.js');
    const { buildApp } = await import('./build-app.js');
    const db = await openTestDatabase('sqlite');
    const app = await buildApp({ handle: db.handle, logger: false, routes: [probeRoutes] });
    try {
      const res = await app.inject({ url: '/api/probe/viewer' });
      expect(res.statusCode).toBe(401);
    } finally {
      await app.close();
      await db.dispose();
    }
  });
});
