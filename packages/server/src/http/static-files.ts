import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptsGzip } from './encoding/accepts-gzip.js';

/**
 * The web app's Content Security Policy: scripts and styles only from our own files (Vite
 * emits no inline script), images also from https and data: URLs because postmortems embed
 * screenshots, and nothing may frame the app or post forms elsewhere.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/** Paths that belong to the server, never to the web app: unknown ones stay JSON 404s. */
const SERVER_PATHS = ['/api', '/healthz', '/readyz', '/metrics'];

interface StaticFile {
  readonly body: Buffer;
  readonly gzip: Buffer | null;
  readonly type: string;
  readonly etag: string;
  /** Vite's content-hashed assets never change under the same name. */
  readonly immutable: boolean;
}

/**
 * Serves a built single-page app from `root` under `/`: every file by its path, and
 * `index.html` for any other GET that looks like a page (no file extension), so that deep
 * links work. Files are read and gzipped once at start-up (the build is a few hundred KB),
 * so a request never touches the disk. Hashed files under `assets/` are cached for a year as
 * immutable; `index.html` is revalidated on each load, so a new build is picked up at once.
 * Every answer carries the strict CSP and `nosniff`. Only files found under `root` at start-up
 * are in the map, so no request path can reach outside it.
 *
 * Returns false (and registers nothing) when `root` has no `index.html`.
 */
export function registerStaticFiles(app: FastifyInstance, root: string): boolean {
  const files = loadFiles(root);
  const index = files.get('/index.html');
  if (!index) {
    app.log.warn({ root }, 'no index.html in the static root: the web app is not served');
    return false;
  }
  app.route({
    method: 'GET',
    url: '/*',
    schema: { hide: true },
    handler: (request: FastifyRequest, reply: FastifyReply) => {
      const path = requestPath(request.url);
      if (path === null) return reply.callNotFound();
      if (SERVER_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) {
        return reply.callNotFound();
      }
      const file = files.get(path) ?? (extname(path) === '' ? index : undefined);
      if (!file) return reply.callNotFound();
      return sendFile(request, reply, file);
    },
  });
  return true;
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: StaticFile) {
  reply
    .header('content-type', file.type)
    .header('content-security-policy', WEB_CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('etag', file.etag)
    .header('vary', 'accept-encoding')
    .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
  if (file.gzip && acceptsGzip(request.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(file.gzip);
  }
  return reply.send(file.body);
}

/** The decoded path of a request URL, or null when it is malformed or tries to climb out. */
function requestPath(url: string): string | null {
  const raw = url.split('?')[0] ?? '/';
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((part) => part === '..')) return null;
  return path === '/' ? '/index.html' : path;
}

function loadFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  let paths: string[];
  try {
    paths = listFiles(root);
  } catch {
    return files;
  }
  for (const full of paths) {
    const rel = relative(root, full).split(sep).join('/');
    const ext = extname(rel).toLowerCase();
    const body = readFileSync(full);
    const gzip = COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body) : null;
    files.set(`/${rel}`, {
      body,
      gzip: gzip && gzip.length < body.length ? gzip : null,
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      immutable: rel.startsWith('assets/'),
    });
  }
  return files;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    // Dot files (the build's .vite/manifest.json) are for tools, not for browsers.
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) out.push(...listFiles(full));
    else if (stat.isFile()) out.push(full);
  }
  return out;
}
