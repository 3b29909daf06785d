import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/storage/test-support/build-model.js';
import { chromiumMissing, launchChromium, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/expect-accessible.js';
import { seedCorpus } from './support/seed.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, webBuildMissing } from './support/web-server.js';
import type { WebServer } from './support/web-server.js';

const ADMIN = { username: 'marlowe', password: 'slate-orchard-winter-58' };
const SECRET_SERVICE = 'vault-of-secrets';
const skip = chromiumMissing() ?? webBuildMissing();

describe.skipIf(skip !== undefined)(
  `the dashboard in Chromium${skip ? ` — skipped: ${skip}` : ''}`,
  { timeout: 90_000 },
  () => {
    let server: WebServer;
    let browser: Browser;
    let visible = 0;

    beforeAll(async () => {
      [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
      const res = await server.app.inject({ method: 'POST', url: '/api/setup', payload: ADMIN });
      expect(res.statusCode).toBe(201);
      visible = (await seedCorpus(server.store, ADMIN.username, 12)).length;
      // The corpus names few services; these do, with times to detect and resolve.
      for (const services of [['checkout'], ['checkout', 'search'], ['billing']]) {
        await server.store.create(buildModel({ title: `${services[0]} outage`, services }), {
          actor: ADMIN.username,
        });
        visible += 1;
      }
      // Someone else's restricted incident that does not name the admin: never counted for them.
      await server.store.create(
        buildModel({
          title: 'Hidden vault incident',
          visibility: 'restricted',
          authors: ['kit'],
          teams: [],
          services: [SECRET_SERVICE],
        }),
        { actor: 'kit' },
      );
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`draws every chart with a table alternative, counting only what the reader may see (${colorScheme})`, async () => {
        const { context, page, problems } = await openPage(browser, { colorScheme });
        try {
          await signIn(page, server.url, ADMIN, '/dashboard');
          const tiles = page.getByRole('list', { name: 'Key figures' });
          await expect.poll(() => tiles.textContent()).toContain(`${visible} incidents`);

          for (const title of [
            'Incidents per month, by severity',
            'Time to detect and to resolve, median per month',
            'Action-item completion',
            'Services most often involved',
            'Contributing factors',
          ]) {
            await page.getByRole('heading', { level: 2, name: title }).waitFor();
          }
          // Each chart is an image named by its heading and described by its summary.
          const charts = page.getByRole('img', { name: /Incidents per month, by severity/ });
          expect(await charts.count()).toBe(1);
          expect(await page.locator('svg.chart[role="img"]').count()).toBeGreaterThanOrEqual(3);

          // The services table lists what the chart draws, and never the hidden incident's.
          const services = page.getByRole('region', { name: 'Services most often involved' });
          await services.getByText('Show as a table').click();
          const table = services.getByRole('table');
          await table.waitFor();
          expect(await table.getByRole('row').count()).toBeGreaterThan(1);
          expect(await page.content()).not.toContain(SECRET_SERVICE);

          const months = page.getByRole('region', { name: 'Incidents per month, by severity' });
          await months.getByText('Show as a table').click();
          const monthTotal = await months
            .getByRole('table')
            .locator('tbody tr td:last-child')
            .allTextContents();
          const undated = await months.locator('.chart-summary').textContent();
          const shown = monthTotal.reduce((sum, n) => sum + Number(n), 0);
          const missing = /(\d+) have no date/.exec(undated ?? '')?.[1];
          expect(shown + Number(missing ?? 0)).toBe(visible);

          await expectAccessible(page, `dashboard (${colorScheme})`);
          await screenshot(page, `dashboard-${colorScheme}`);
          expect(problems.dialogs).toEqual([]);
          expect(problems.errors).toEqual([]);
          // Only the sign-in page's question "who is signed in?" may fail (401, before signing in).
          expect(problems.failedRequests.filter((r) => r !== '401 GET /api/auth/me')).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  },
);
