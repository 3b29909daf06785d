import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { tempDir } from '../test-support/fake-io.js';
import { startPreviewServer } from './preview-server.js';
import type { PreviewServer } from './preview-server.js';

/** A raw request, for what fetch refuses to send (a foreign Host header, unnormalised paths). */
function rawGet(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let server: PreviewServer;
  const logged: string[] = [];

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, '2024-03-20-payment-page.md'), LOOSE_POSTMORTEM);
    await writeFile(
      join(dir, 'script <b>.md'),
      '---\ntitle: "<script>alert(1)</script>"\n---\n\nText.\n',
    );
    await writeFile(join(dir, 'notes.txt'), 'not markdown');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'hidden.md'), '# Hidden\n');
    await writeFile(join(dir, 'secret.txt'), '# Secret\n');
    await symlink(join(dir, 'secret.txt'), join(dir, 'link.md'));
    server = await startPreviewServer({
      dir,
      port: 0,
      host: '127.0.0.1',
      generator: 'hindsight test',
      log: (l) => logged.push(l),
    });
  });
  afterAll(async () => {
    await server.close();
    await cleanup();
  });

  it('listens on the printed address', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('lists the postmortems with their counts, escaping what documents contain', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('href="/p/2024-03-20-payment-page"');
    expect(html).toContain('Payment page errors');
    expect(html).toContain('<time datetime="2024-03-20">');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Hidden');
    expect(html).not.toContain('link.md');
    expect(html).not.toContain('notes.txt');
  });

  it('sends security headers', async () => {
    const res = await fetch(server.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves a postmortem as HTML, canonical Markdown and a parse report', async () => {
    const page = await fetch(`${server.url}p/2024-03-20-payment-page`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Payment page errors</title>');

    const md = await fetch(`${server.url}p/2024-03-20-payment-page.md`);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toMatch(/^---\ntitle: Payment page errors\n/);

    const json = await fetch(`${server.url}p/2024-03-20-payment-page.json`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const report = (await json.json()) as { version: number; file: string; timeline: unknown[] };
    expect(report).toMatchObject({ version: 1, file: '2024-03-20-payment-page.md' });
    expect(report.timeline).toHaveLength(4);
  });

  it('serves names that need encoding', async () => {
    const res = await fetch(`${server.url}p/${encodeURIComponent('script <b>')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('<script>alert');
  });

  it.each([
    '/p/../../../../etc/passwd',
    '/p/..%2F..%2F..%2Fetc%2Fpasswd',
    '/p/sub%2Fhidden',
    '/p/link',
    '/p/secret.txt',
    '/p/notes',
    '/etc/passwd',
    '/p/',
  ])('answers 404 for %s', async (path) => {
    const res = await rawGet(server.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('Secret');
  });

  it('answers 400 for a badly encoded name', async () => {
    expect((await rawGet(server.url, '/p/%E0%A4%A')).status).toBe(400);
  });

  it('refuses to change anything', async () => {
    const res = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(server.url, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('refuses a foreign Host header, so a rebound DNS name cannot read the files', async () => {
    expect((await rawGet(server.url, '/', { Host: 'evil.example:80' })).status).toBe(421);
    expect((await rawGet(server.url, '/', { Host: 'localhost:1234' })).status).toBe(200);
  });

  it('picks up files added while it runs', async () => {
    await writeFile(join(dir, 'later.md'), '# Added later\n');
    expect(await (await fetch(server.url)).text()).toContain('Added later');
    expect(logged).toEqual([]);
  });

  it('lists a file it cannot read apart, and answers 500 for it without details', async () => {
    await writeFile(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    const index = await (await fetch(server.url)).text();
    expect(index).toContain('could not be read as Markdown: <code>binary.md</code>');
    expect(index).toContain('Payment page errors');
    const res = await fetch(`${server.url}p/binary`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain(dir);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^preview: GET \/p\/binary failed: .*binary file/);
  });

  it('reports a port in use as a user error', async () => {
    const port = new URL(server.url).port;
    await expect(
      startPreviewServer({
        dir,
        port: Number(port),
        host: '127.0.0.1',
        generator: 'x',
        log: () => undefined,
      }),
    ).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
  });
});
