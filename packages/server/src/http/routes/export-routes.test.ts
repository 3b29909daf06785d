import { expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../../core/src/test-support/corpus.js';
import { findChromium } from '../../export/find-chromium.js';
import { buildModel } from '../../storage/test-support/build-model.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerExportRoutes } from './export-routes.js';
import { registerOpsRoutes } from './ops-routes.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';

const routes = [registerOpsRoutes, registerPostmortemRoutes, registerExportRoutes];
const ada = asViewer('editor', 'ada');
const stranger = asViewer('admin', 'zed');
const exportUrl = (id: string, format: string) => `/api/postmortems/${id}/export?format=${format}`;
const noChromium = findChromium() === undefined;

forEachApp(
  'export routes',
  (ctx) => {
    let openId = '';
    let secretId = '';
    let slug = '';

    it('arranges an open and a restricted postmortem', async () => {
      const open = await ctx.store.create(
        buildModel({ title: 'Queue stalled <script>alert(1)</script>' }),
        { actor: 'ada' },
      );
      openId = open.id;
      slug = open.slug;
      secretId = (
        await ctx.store.create(
          buildModel({ title: 'Quiet one', visibility: 'restricted', authors: ['ada'], teams: [] }),
          { actor: 'ada' },
        )
      ).id;
    });

    it('exports the canonical Markdown as a download named after the slug', async () => {
      const res = await ctx.app.inject({ url: exportUrl(openId, 'md'), headers: ada });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${slug}.md"`);
      expect(res.body).toBe((await ctx.store.get(openId)).markdown);
    });

    it('exports one HTML page with no script, the title escaped, under the page CSP', async () => {
      const res = await ctx.app.inject({ url: exportUrl(slug, 'html'), headers: ada });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${slug}.html"`);
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.body).toMatch(/^<!DOCTYPE html>/i);
      expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.body).not.toMatch(/<script/i);
    });

    it('answers 404 for a restricted postmortem the viewer is not named in, in every format', async () => {
      for (const format of ['md', 'html', 'pdf']) {
        const res = await ctx.app.inject({ url: exportUrl(secretId, format), headers: stranger });
        expect(res.statusCode, format).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
      const named = await ctx.app.inject({ url: exportUrl(secretId, 'md'), headers: ada });
      expect(named.statusCode).toBe(200);
    });

    it('needs a signed-in viewer, and names a bad format', async () => {
      const anonymous = await ctx.app.inject({
        url: exportUrl(openId, 'md'),
        headers: asViewer('none'),
      });
      expect(anonymous.statusCode).toBe(401);
      for (const url of [exportUrl(openId, 'docx'), `/api/postmortems/${openId}/export`]) {
        const res = await ctx.app.inject({ url, headers: ada });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.issues[0].path).toBe('query.format');
      }
      const unknown = await ctx.app.inject({ url: exportUrl(openId, 'md') + '&x=1', headers: ada });
      expect(unknown.statusCode).toBe(400);
    });

    it.skipIf(noChromium)('renders a PDF with Chromium', { timeout: 60_000 }, async () => {
      const res = await ctx.app.inject({ url: exportUrl(openId, 'pdf'), headers: ada });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${slug}.pdf"`);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.length).toBeGreaterThan(1000);
    });

    it.skipIf(!hasCorpus())('exports every corpus document as HTML', async () => {
      for (const doc of readCorpus().slice(0, 10)) {
        const created = await ctx.app.inject({
          method: 'POST',
          url: '/api/postmortems',
          headers: ada,
          payload: { markdown: doc.text },
        });
        expect(created.statusCode, doc.name).toBe(201);
        const res = await ctx.app.inject({
          url: exportUrl(created.json().id, 'html'),
          headers: ada,
        });
        expect(res.statusCode, doc.name).toBe(200);
        expect(res.body, doc.name).not.toMatch(/<script/i);
      }
    });
  },
  { routes },
);

forEachApp(
  'export routes without Chromium',
  (ctx) => {
    it('answers 501 pdf_unavailable saying what to do, and still exports HTML', async () => {
      const { id } = await ctx.store.create(buildModel(), { actor: 'ada' });
      const res = await ctx.app.inject({ url: exportUrl(id, 'pdf'), headers: ada });
      expect(res.statusCode).toBe(501);
      expect(res.json().error.code).toBe('pdf_unavailable');
      expect(res.json().error.message).toMatch(/Chromium/);
      const html = await ctx.app.inject({ url: exportUrl(id, 'html'), headers: ada });
      expect(html.statusCode).toBe(200);
    });
  },
  { routes, services: { pdf: null } },
);
