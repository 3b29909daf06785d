import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPostmortem } from '../../core/src/model/index.js';
import { chromiumMissing, launchChromium, openPage } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, webBuildMissing } from './support/web-server.js';
import type { WebServer } from './support/web-server.js';

const ADMIN = { username: 'morgan', password: 'lantern-orchard-sleet-7' };
const REVIEWER = { username: 'rhys', password: 'thistle-quarry-beacon-4' };
const skip = chromiumMissing() ?? webBuildMissing();

/** Script payloads of the usual kinds; each would set window.__pwned or open a dialog. */
const PAYLOADS = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)">',
  '<svg onload="window.__pwned = 3; alert(3)"></svg>',
  '[click](javascript:window.__pwned=4)',
  '<a href="jav&#x09;ascript:alert(5)">link</a>',
  '"><iframe src="javascript:alert(6)"></iframe>',
];

/** Nothing ran and nothing active was injected: no flag, no handler, no script or frame. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
    ).length,
  }));
  expect(found).toEqual({ pwned: null, handlers: 0, scripts: 0, frames: 0, jsLinks: 0 });
}

describe.skipIf(skip !== undefined)(
  `script payloads in the web app${skip ? ` — skipped: ${skip}` : ''}`,
  { timeout: 60_000 },
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

    it('never runs a payload stored in a title, a field or a section', async () => {
      const stored = await server.store.create(
        buildPostmortem({
          title: `Payload ${PAYLOADS[1]} outage`,
          services: [PAYLOADS[0]!],
          tags: ['xss'],
          authors: [PAYLOADS[2]!],
          timeline: [
            { time: '10:00', text: `Alert fired ${PAYLOADS[1]}`, kind: 'detection' },
            { time: '10:30', text: `Fixed ${PAYLOADS[0]}`, kind: 'resolution' },
          ],
          actionItems: [{ title: `Patch ${PAYLOADS[2]}`, owner: PAYLOADS[1], status: 'open' }],
          sections: [
            { heading: 'Summary', level: 2, kind: 'summary', body: PAYLOADS.join('\n\n') },
            {
              heading: `Root ${PAYLOADS[0]}`,
              level: 2,
              kind: 'root-cause',
              body: 'payload outage',
            },
          ],
        }),
        { actor: ADMIN.username },
      );
      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, ADMIN);

        // The library row shows the title as text.
        await page.getByRole('link', { name: /Payload <img/ }).waitFor();
        await expectInert(page);

        // A search hit: highlighted title and snippet, still text.
        await page.getByLabel('Search postmortems').fill('payload outage');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.locator('.pm-row mark').first().waitFor();
        await expectInert(page);

        // The reading page: rendered through core's sanitiser.
        await page.goto(`${server.url}/postmortems/${stored.id}`);
        await page.getByRole('heading', { level: 1, name: /Payload/ }).waitFor();
        await page.getByRole('heading', { name: 'Action items', exact: true }).first().waitFor();
        await expectInert(page);
        expect(problems.dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });
    it('never runs a payload typed into a comment, a reply or a review note', async () => {
      const login = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: ADMIN,
      });
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/users',
        cookies: Object.fromEntries(login.cookies.map((c) => [c.name, c.value])),
        headers: { 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken },
        payload: { ...REVIEWER, role: 'reviewer' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const stored = await server.store.create(
        buildPostmortem({
          title: 'Payload review drill',
          sections: [{ heading: 'Summary', level: 2, kind: 'summary', body: 'Quiet text.' }],
        }),
        { actor: ADMIN.username },
      );
      const path = `/postmortems/${stored.id}`;
      const payloads = PAYLOADS.join('\n');
      const admin = await openPage(browser);
      const reviewer = await openPage(browser);
      try {
        const page = admin.page;
        await signIn(page, server.url, ADMIN, path);
        await page.getByRole('button', { name: 'Comment on Summary' }).click();
        await page.getByLabel('Comment on “Summary”').fill(payloads);
        await page.getByRole('button', { name: 'Post comment' }).click();
        await page.getByRole('button', { name: 'Reply' }).click();
        await page.getByLabel('Reply to morgan').fill(PAYLOADS[1]!);
        await page.getByRole('button', { name: 'Post reply' }).click();
        // Shown as the text that was typed.
        await page.getByText(PAYLOADS[0]!, { exact: false }).first().waitFor();
        await page.locator('.comment-body', { hasText: PAYLOADS[1]! }).nth(1).waitFor();
        await page.getByRole('button', { name: 'Request review' }).click();
        await page.getByLabel(REVIEWER.username).check();
        await page.getByLabel('Note for the reviewers (optional)').fill(payloads);
        await page.getByRole('button', { name: 'Send the request' }).click();
        await page.locator('.review-note', { hasText: PAYLOADS[2]! }).waitFor();
        await expectInert(page);

        const other = reviewer.page;
        await signIn(other, server.url, REVIEWER, path);
        await other.getByLabel('Note for the author').fill(payloads);
        await other.getByRole('button', { name: 'Request changes' }).click();
        await other.locator('.review-note').nth(1).waitFor();
        await other.locator('.comment-body').first().waitFor();
        await expectInert(other);
        await page.reload();
        await page.locator('.review-note').nth(1).waitFor();
        await expectInert(page);
        expect(admin.problems.dialogs).toEqual([]);
        expect(reviewer.problems.dialogs).toEqual([]);
      } finally {
        await admin.context.close();
        await reviewer.context.close();
      }
    });
  },
);
