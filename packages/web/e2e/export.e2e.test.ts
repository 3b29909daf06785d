import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/storage/test-support/build-model.js';
import {
  chromiumMissing,
  launchChromium,
  openPage,
  screenshot,
  seriousAxeViolations,
} from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, webBuildMissing } from './support/web-server.js';
import type { WebServer } from './support/web-server.js';

const ADMIN = { username: 'quinn', password: 'harbour-lantern-maple-73' };
const skip = chromiumMissing() ?? webBuildMissing();

describe.skipIf(skip !== undefined)(
  `export from the reading page in Chromium${skip ? ` — skipped: ${skip}` : ''}`,
  { timeout: 90_000 },
  () => {
    let server: WebServer;
    let browser: Browser;

    beforeAll(async () => {
      [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
      const res = await server.app.inject({ method: 'POST', url: '/api/setup', payload: ADMIN });
      expect(res.statusCode).toBe(201);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('downloads Markdown, a web page and a PDF of the postmortem being read', async () => {
      const stored = await server.store.create(buildModel({ title: 'Export me please' }), {
        actor: ADMIN.username,
      });
      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, ADMIN, `/postmortems/${stored.id}`);
        await page.getByRole('heading', { level: 1, name: 'Export me please' }).waitFor();
        await page.getByText('Export', { exact: true }).click();
        await screenshot(page, 'export-menu-light');
        const violations = await seriousAxeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

        const files: Record<string, string> = {};
        for (const name of ['Markdown', 'Web page', 'PDF']) {
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page
              .getByRole(name === 'PDF' ? 'button' : 'link', { name: new RegExp(`^${name}`) })
              .click(),
          ]);
          const path = await download.path();
          files[download.suggestedFilename()] = (await readFile(path)).toString('latin1');
        }
        expect(files[`${stored.slug}.md`]).toBe(stored.markdown);
        expect(files[`${stored.slug}.html`]).toContain('Export me please');
        expect(files[`${stored.slug}.pdf`]?.startsWith('%PDF-')).toBe(true);
        expect(problems.dialogs).toEqual([]);
        expect(problems.errors).toEqual([]);
        expect(problems.failedRequests.filter((r) => r !== '401 GET /api/auth/me')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
