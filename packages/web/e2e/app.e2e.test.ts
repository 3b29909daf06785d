import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPostmortem } from '../../core/src/model/index.js';
import { chromiumMissing, launchChromium, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/expect-accessible.js';
import { seedCorpus } from './support/seed.js';
import { fillSignIn, signIn } from './support/sign-in.js';
import { startWebServer, webBuildMissing } from './support/web-server.js';
import type { WebServer } from './support/web-server.js';

const ADMIN = { username: 'avery', password: 'quiet-harbour-lights-42' };
const OTHER_PASSWORD = 'copper-kettle-meadow-9';
const skip = chromiumMissing() ?? webBuildMissing();

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

describe.skipIf(skip !== undefined)(
  `web app in Chromium${skip ? ` — skipped: ${skip}` : ''}`,
  { timeout: 60_000 },
  () => {
    let server: WebServer;
    let browser: Browser;

    beforeAll(async () => {
      [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('sets up the admin, signs in, lists and opens postmortems, and signs out', async () => {
      const { context, page, problems } = await openPage(browser);
      try {
        await page.goto(server.url);
        // A fresh instance sends everyone to first-run setup.
        await page.getByRole('heading', { name: 'Welcome to Hindsight' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/setup');
        await expectAccessible(page, 'setup');
        await screenshot(page, 'setup-light');
        await page.getByLabel('Username').fill(ADMIN.username);
        await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
        await page.getByLabel('Repeat the password').fill(ADMIN.password);
        await page.getByRole('button', { name: 'Create the administrator' }).click();
        await page.getByRole('heading', { name: 'Library' }).waitFor();
        await page.getByText('No postmortems yet.').waitFor();

        // Documents arrive (as an import would add them); the library shows them on load.
        const stored = await seedCorpus(server.store, ADMIN.username, 8);
        const first = stored[0]!;
        await page.reload();
        await page.getByRole('link', { name: first.model.title }).waitFor();
        expect(await page.locator('.virtual-row').count()).toBe(stored.length);
        await expectAccessible(page, 'library');
        await screenshot(page, 'library-light');

        // Sign out from the user menu, then sign in again.
        await page.getByRole('button', { name: /Account/ }).click();
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        await expectAccessible(page, 'sign-in');
        await screenshot(page, 'sign-in-light');
        await page.getByLabel('Username').fill(ADMIN.username);
        await page.getByLabel('Password').fill('not the password at all');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByText('Those details did not match').waitFor();
        await page.getByLabel('Password').fill(ADMIN.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('heading', { name: 'Library' }).waitFor();

        // Open one: the rendered document, its metrics, action items and history.
        await page.getByRole('link', { name: first.model.title }).click();
        await page.getByRole('heading', { level: 1, name: first.model.title }).waitFor();
        await page.getByRole('heading', { name: 'Incident metrics' }).waitFor();
        await page.getByRole('heading', { name: 'Revision history' }).waitFor();
        await expectAccessible(page, 'postmortem');
        await screenshot(page, 'postmortem-light');

        await page.getByRole('button', { name: /Account/ }).click();
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        // Signed out for real: a deep link goes back to sign-in, and returns there after.
        await page.goto(`${server.url}/postmortems/${first.id}`);
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        expect(new URL(page.url()).searchParams.get('next')).toBe(`/postmortems/${first.id}`);
        expect(problems.dialogs).toEqual([]);
        expect(problems.errors).toEqual([]);
        // Only the expected refusals: "who am I" before signing in, and the wrong password.
        expect(new Set(problems.failedRequests)).toEqual(
          new Set(['401 GET /api/auth/me', '401 POST /api/auth/login']),
        );
      } finally {
        await context.close();
      }
    });

    it('creates a postmortem from each template and finds it with filters and search', async () => {
      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, ADMIN);
        const templates = ['standard', 'holberton', 'sre', 'minimal'];
        for (const [i, name] of templates.entries()) {
          await mainNav(page).getByRole('link', { name: 'Library' }).click();
          await page.getByRole('link', { name: 'New postmortem' }).click();
          await page.getByRole('heading', { name: 'New postmortem' }).waitFor();
          if (i === 0) {
            // Nothing is sent without a title; the field says why.
            await page.getByRole('button', { name: 'Create the postmortem' }).click();
            await page.getByText('Give the incident a short title.').waitFor();
            await expectAccessible(page, 'new postmortem');
            await screenshot(page, 'new-postmortem-light');
          }
          await page.locator(`input[name="template"][value="${name}"]`).check();
          await page.getByLabel('Title').fill(`Queue backlog drill ${name}`);
          await page.getByLabel('Severity').selectOption('high');
          await page.getByRole('button', { name: 'Create the postmortem' }).click();
          await page
            .getByRole('heading', { level: 1, name: `Queue backlog drill ${name}` })
            .waitFor();
        }

        // The library's severity filter keeps exactly the four new ones.
        await mainNav(page).getByRole('link', { name: 'Library' }).click();
        await page.getByText('Filters and order').click();
        await page.getByLabel('Severity').selectOption('high');
        await page.waitForURL(/severity=high/);
        await page.getByText('4 postmortems').waitFor();

        // Search marks the matched words.
        await page.getByLabel('Search postmortems').fill('backlog');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.locator('.pm-row mark', { hasText: 'backlog' }).first().waitFor();
        await screenshot(page, 'search-light');
        expect(problems.dialogs).toEqual([]);
        expect(problems.errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('compares and restores a revision, and follows action items on the board', async () => {
      const first = await server.store.create(
        buildPostmortem({
          title: 'Cache stampede after deploy',
          date: '2024-03-02',
          severity: 'medium',
          actionItems: [
            {
              title: 'Add jitter to cache expiry',
              owner: 'lin',
              due: '2024-04-01',
              status: 'open',
            },
            { title: 'Document the warm-up', owner: 'sam', due: '2099-01-01', status: 'done' },
          ],
          sections: [
            { heading: 'Summary', level: 2, kind: 'summary', body: 'Caches expired at once.' },
          ],
        }),
        { actor: ADMIN.username },
      );
      await server.store.update(
        first.id,
        { ...first.model, title: 'Cache stampede after the Tuesday deploy' },
        { actor: ADMIN.username, baseRevision: first.revision },
      );
      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, ADMIN, `/postmortems/${first.id}`);
        await page
          .getByRole('heading', { level: 1, name: 'Cache stampede after the Tuesday deploy' })
          .waitFor();
        await page.getByRole('button', { name: 'Compare with current' }).click();
        await page
          .locator('.diff-removed', { hasText: 'title: Cache stampede after deploy' })
          .waitFor();
        await page.locator('.diff-added', { hasText: 'Tuesday' }).first().waitFor();
        await expectAccessible(page, 'revision diff');
        await screenshot(page, 'revision-diff-light');
        await page.getByRole('button', { name: 'Restore revision 1' }).click();
        await page
          .getByRole('heading', { level: 1, name: 'Cache stampede after deploy' })
          .waitFor();
        await page.getByText('Revision 3', { exact: true }).waitFor();

        // The board: the open, past-due item is overdue; the filter keeps only such items.
        await mainNav(page).getByRole('link', { name: 'Action items' }).click();
        await page.getByRole('heading', { name: 'Action items', level: 1 }).waitFor();
        const row = page.getByRole('row', { name: /Add jitter to cache expiry/ });
        await row.waitFor();
        expect(await row.textContent()).toContain('(overdue)');
        await page.getByLabel('Only overdue').check();
        await page.waitForURL(/overdue=true/);
        await page.getByRole('row', { name: /Add jitter/ }).waitFor();
        expect(await page.getByRole('row', { name: /Document the warm-up/ }).count()).toBe(0);
        await expectAccessible(page, 'action items');
        await screenshot(page, 'action-items-light');
        expect(problems.dialogs).toEqual([]);
        expect(problems.errors).toEqual([]);
        // Only the expected "who am I" before signing in.
        expect(problems.failedRequests).toEqual(['401 GET /api/auth/me']);
      } finally {
        await context.close();
      }
    });

    it('lets an admin add a person and a team; restricted postmortems stay hidden from others', async () => {
      const hidden = await server.store.create(
        buildPostmortem({
          title: 'Ledger drift in checkout',
          visibility: 'restricted',
          teams: ['checkout'],
        }),
        { actor: ADMIN.username },
      );
      const shared = await server.store.create(
        buildPostmortem({
          title: 'Ledger drift in payments',
          visibility: 'restricted',
          teams: ['payments'],
        }),
        { actor: ADMIN.username },
      );
      const admin = await openPage(browser);
      try {
        const page = admin.page;
        await signIn(page, server.url, ADMIN, '/admin');
        await page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
        await page.getByLabel('Username').fill('robin');
        await page.getByLabel('Display name').fill('Robin Vale');
        await page.getByLabel('First password').fill(OTHER_PASSWORD);
        await page.getByRole('button', { name: 'Add the account' }).click();
        await page.getByRole('cell', { name: 'Robin Vale' }).waitFor();
        await page.getByLabel('New team').fill('payments');
        await page.getByRole('button', { name: 'Create the team' }).click();
        await page.getByLabel('Add by username').fill('robin');
        await page.getByRole('button', { name: 'Add to payments' }).click();
        await page.locator('.team-list p', { hasText: 'robin' }).waitFor();
        await expectAccessible(page, 'admin');
        await screenshot(page, 'admin-light');
        expect(admin.problems.errors).toEqual([]);
      } finally {
        await admin.context.close();
      }

      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, { username: 'robin', password: OTHER_PASSWORD });
        await page.getByRole('link', { name: shared.model.title }).waitFor();
        // A viewer: no admin page in the menu, no button to create.
        expect(await mainNav(page).getByRole('link', { name: 'Admin' }).count()).toBe(0);
        expect(await page.getByRole('link', { name: 'New postmortem' }).count()).toBe(0);
        expect(await page.getByRole('link', { name: hidden.model.title }).count()).toBe(0);
        await page.getByLabel('Search postmortems').fill('ledger drift');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByText('1 postmortem match').waitFor();
        expect(await page.getByRole('link', { name: /checkout/ }).count()).toBe(0);
        await page.goto(`${server.url}/postmortems/${hidden.id}`);
        await page.getByRole('heading', { name: 'Postmortem not found' }).waitFor();
        await page.goto(`${server.url}/admin`);
        await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
        expect(problems.dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('reads well in dark mode and remembers the theme toggle', async () => {
      const { context, page, problems } = await openPage(browser, { colorScheme: 'dark' });
      try {
        await page.goto(`${server.url}/sign-in`);
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        await expectAccessible(page, 'sign-in, dark');
        await screenshot(page, 'sign-in-dark');
        await fillSignIn(page, ADMIN);
        const firstRow = page.locator('.pm-row-title').first();
        await firstRow.waitFor();
        await expectAccessible(page, 'library, dark');
        await screenshot(page, 'library-dark');
        await firstRow.click();
        await page.getByRole('heading', { name: 'Incident metrics' }).waitFor();
        await expectAccessible(page, 'postmortem, dark');
        await screenshot(page, 'postmortem-dark');

        // The system asks for dark; choosing light sticks across a reload.
        const toggle = page.getByRole('button', { name: 'Dark mode' });
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        await toggle.click();
        await page.reload();
        await page.getByRole('heading', { name: 'Incident metrics' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        expect(problems.dialogs).toEqual([]);
        expect(problems.errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
