import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_CONTENT_SECURITY_POLICY, registerStaticFiles } from './static-files.js';
import { forEachApp } from './test-support/for-each-app.js';

const INDEX =
  '<!doctype html><title>app</title><script type="module" src="/assets/app-abc123.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

describe('registerStaticFiles', () => {
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hindsight-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'app-abc123.js'), SCRIPT);
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = Fastify();
    app.get('/api/ping', () => ({ ok: true }));
    app.setNotFoundHandler((_request, reply) =>
      reply.status(404).send({ error: { code: 'not_found', message: 'no route' } }),
    );
    expect(registerStaticFiles(app, root)).toBe(true);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / with the strict CSP and no long cache', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toBe(INDEX);
  });

  it('falls back to index.html for page paths, so deep links work', async () => {
    for (const url of ['/postmortems/abc', '/sign-in?next=%2F', '/action-items']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
    }
  });

  it('caches hashed assets as immutable and gzips them when asked', async () => {
    const plain = await app.inject({ url: '/assets/app-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.body).toBe(SCRIPT);
    const zipped = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(SCRIPT.length);
    // A weight of zero refuses a coding (RFC 9110): the plain file, not gzip.
    const refused = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'br, gzip;q=0' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(SCRIPT);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.inject({ url: '/favicon.svg' });
    const etag = String(first.headers['etag']);
    const again = await app.inject({ url: '/favicon.svg', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('leaves API and ops paths to the server: unknown ones stay JSON 404s', async () => {
    expect((await app.inject({ url: '/api/ping' })).json()).toEqual({ ok: true });
    for (const url of ['/api/nope', '/api', '/healthz/x', '/metrics']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('answers 404, not index.html, for a missing file with an extension', async () => {
    expect((await app.inject({ url: '/assets/gone-123.js' })).statusCode).toBe(404);
  });

  it('never serves anything outside the root', async () => {
    const urls = [
      '/..%2Fpackage.json',
      '/assets/..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/x',
      '/a%00b',
      '/%E0%A4%A',
    ];
    for (const url of urls) {
      const res = await app.inject({ url });
      // Either refused (400, 404), or once normalised to a page path the app's own index.html.
      if (res.statusCode < 400) expect(res.body, url).toBe(INDEX);
    }
    expect((await app.inject({ url: '/..%2Fpackage.json' })).statusCode).toBe(404);
  });

  it('registers nothing when the root has no index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hindsight-static-empty-'));
    const bare = Fastify();
    expect(registerStaticFiles(bare, empty)).toBe(false);
    await bare.ready();
    expect((await bare.inject({ url: '/' })).statusCode).toBe(404);
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  });
});

// Made at load time: forEachApp builds the app from these options before any hook runs.
const builtRoot = mkdtempSync(join(tmpdir(), 'hindsight-static-app-'));
writeFileSync(join(builtRoot, 'index.html'), INDEX);
afterAll(() => rmSync(builtRoot, { recursive: true, force: true }));

forEachApp(
  'buildApp with a static root',
  (ctx) => {
    it('serves the web app beside the API, whose unknown paths stay JSON 404s', async () => {
      const page = await ctx.app.inject({ url: '/postmortems/some-id' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toBe(INDEX);
      expect(page.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
      const health = await ctx.app.inject({ url: '/healthz' });
      expect(health.statusCode).toBe(200);
      const missing = await ctx.app.inject({ url: '/api/no-such-route' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
    });
  },
  { config: { staticRoot: builtRoot } },
);
