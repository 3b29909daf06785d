import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/storage/test-support/build-model.js';
import type { Viewer } from '../../server/src/storage/viewer.js';
import { reviewsOf } from '../../server/src/http/routes/workflow-services.js';
import { chromiumMissing, launchChromium, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/expect-accessible.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, webBuildMissing } from './support/web-server.js';
import type { WebServer } from './support/web-server.js';

const skip = chromiumMissing() ?? webBuildMissing();

type Role = 'admin' | 'editor' | 'reviewer' | 'viewer';
interface Person {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string;
}
function person(username: string, password: string, role: Role, displayName: string): Person {
  return { username, password, role, displayName };
}
const ADMIN = person('harper', 'slate-river-osprey-18', 'admin', 'Harper Lund');
const EDITOR = person('ellis', 'willow-ember-canyon-52', 'editor', 'Ellis Marr');
const REVIEWER = person('rowan', 'cobalt-fern-lattice-63', 'reviewer', 'Rowan Reed');
const OUTSIDER = person('oakley', 'mossy-anvil-harbor-27', 'viewer', 'Oakley Finch');

/** A document with no lint errors in the `minimal` profile, but for what `rootCause` adds. */
function draft(title: string, rootCause: string, extra: Parameters<typeof buildModel>[0] = {}) {
  return buildModel({
    title,
    authors: [EDITOR.username],
    sections: [
      {
        kind: 'summary',
        heading: 'Summary',
        level: 2,
        body: 'Search answered with errors for 25 minutes after an index rebuild.',
      },
      { kind: 'timeline', heading: 'Timeline', level: 2, body: '' },
      { kind: 'root-cause', heading: 'Root cause', level: 2, body: rootCause },
      { kind: 'action-items', heading: 'Action items', level: 2, body: '' },
    ],
    ...extra,
  });
}

function reviewPanel(page: Page) {
  return page.getByRole('region', { name: 'Review', exact: true });
}

function commentsPanel(page: Page) {
  // Its heading counts the comments; each section's group is a region of its own.
  return page.getByRole('region', { name: /^Comments( \(\d+\))?$/ });
}

/** The server as an account of `who` sees it, for steps a test only sets up. */
function viewerOf(who: Person): Viewer {
  return {
    kind: 'user',
    id: who.username,
    username: who.username,
    aliases: [],
    role: who.role,
    teams: [],
  };
}

describe.skipIf(skip !== undefined)(
  `review, publishing and comments in Chromium${skip ? ` — skipped: ${skip}` : ''}`,
  { timeout: 120_000 },
  () => {
    let server: WebServer;
    let browser: Browser;

    beforeAll(async () => {
      // `minimal`, so that a short document can be published once its placeholder is gone.
      [server, browser] = await Promise.all([
        startWebServer({ publishProfile: 'minimal' }),
        launchChromium(),
      ]);
      const setup = await server.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { username: ADMIN.username, password: ADMIN.password },
      });
      expect(setup.statusCode).toBe(201);
      const login = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: ADMIN.username, password: ADMIN.password },
      });
      const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
      const csrf = (login.json() as { csrfToken: string }).csrfToken;
      for (const person of [EDITOR, REVIEWER, OUTSIDER]) {
        const res = await server.app.inject({
          method: 'POST',
          url: '/api/users',
          cookies,
          headers: { 'x-csrf-token': csrf },
          payload: {
            username: person.username,
            password: person.password,
            role: person.role,
            displayName: person.displayName,
          },
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('asks for review, gets changes, fixes, is approved by another user, publishes, and is found', async () => {
      const stored = await server.store.create(
        draft('Search index rebuild outage', '[Why it happened: the system, not a person.]'),
        { actor: EDITOR.username },
      );
      const path = `/postmortems/${stored.id}`;
      const author = await openPage(browser);
      const reviewer = await openPage(browser);
      try {
        // The author: nothing requested yet, so publishing says why it must wait.
        const a = author.page;
        await signIn(a, server.url, EDITOR, path);
        await a.getByRole('heading', { level: 1, name: 'Search index rebuild outage' }).waitFor();
        await reviewPanel(a)
          .locator('.review-state .badge', { hasText: 'Not in review' })
          .waitFor();
        const publish = reviewPanel(a).getByRole('button', { name: 'Publish' });
        expect(await publish.getAttribute('aria-disabled')).toBe('true');
        await reviewPanel(a)
          .getByText(/request a review from a reviewer first/)
          .waitFor();
        // The publish profile's errors on this revision are known before any click.
        await reviewPanel(a)
          .getByText(/lint errors? in the “minimal” profile will stop publishing/)
          .waitFor();
        await reviewPanel(a)
          .locator('.publish-checks')
          .getByText(/is a placeholder/)
          .first()
          .waitFor();
        await reviewPanel(a).getByRole('button', { name: 'Request review' }).click();
        // Only those who may review are offered, never the author.
        await reviewPanel(a)
          .getByLabel(/Rowan Reed/)
          .check();
        expect(
          await reviewPanel(a)
            .getByLabel(/Ellis Marr/)
            .count(),
        ).toBe(0);
        // A viewer may not review, so the picker leaves them out.
        expect(
          await reviewPanel(a)
            .getByLabel(/Oakley Finch/)
            .count(),
        ).toBe(0);
        await reviewPanel(a)
          .getByLabel('Note for the reviewers (optional)')
          .fill('Is the cause clear?');
        await expectAccessible(a, 'request review form');
        await screenshot(a, 'review-request-form-light');
        await reviewPanel(a).getByRole('button', { name: 'Send the request' }).click();
        await reviewPanel(a).locator('.review-state .badge', { hasText: 'In review' }).waitFor();
        await reviewPanel(a).getByText('ellis asked rowan to review').waitFor();
        await a.getByRole('status').filter({ hasText: 'Review requested.' }).waitFor();

        // The reviewer, in a browser of their own: a note is needed to ask for changes.
        const r = reviewer.page;
        await signIn(r, server.url, REVIEWER, path);
        await reviewPanel(r).getByRole('heading', { name: 'Your review' }).waitFor();
        await reviewPanel(r).getByRole('button', { name: 'Request changes' }).click();
        await reviewPanel(r)
          .getByText('Say what should change before requesting changes.')
          .waitFor();
        await reviewPanel(r)
          .getByLabel('Note for the author')
          .fill('The root cause is still the template prompt: say what failed.');
        await reviewPanel(r).getByRole('button', { name: 'Request changes' }).click();
        await reviewPanel(r)
          .locator('.review-state .badge', { hasText: 'Changes requested' })
          .waitFor();
        // A comment on a section, from its heading's button, seen by the author later.
        await r.getByRole('button', { name: 'Comment on Root cause' }).click();
        await commentsPanel(r)
          .getByLabel('Comment on “Root cause”')
          .fill('Which index setting was it?');
        await commentsPanel(r).getByRole('button', { name: 'Post comment' }).click();
        await r.getByRole('status').filter({ hasText: 'Comment added on Root cause.' }).waitFor();
        await r.getByRole('button', { name: 'Comment on Root cause, 1 comment' }).waitFor();
        await expectAccessible(r, 'reviewer with a comment');
        await screenshot(r, 'review-reviewer-light');

        // The author sees the note and the comment without a reload: coming back to the tab
        // asks again (as every 30 s while it is visible), and the new comment is announced.
        await a.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
        await a
          .getByRole('status')
          .filter({ hasText: 'New comment by rowan on Root cause.' })
          .waitFor();
        await reviewPanel(a).getByText('rowan requested changes').first().waitFor();
        await reviewPanel(a).getByText('say what failed.').waitFor();
        await reviewPanel(a)
          .getByText(/rowan requested changes: make them/)
          .waitFor();
        await commentsPanel(a).getByText('Which index setting was it?').waitFor();
        await commentsPanel(a).getByRole('button', { name: 'Reply' }).click();
        await commentsPanel(a)
          .getByLabel('Reply to rowan')
          .fill('The shard count; now in the text.');
        await commentsPanel(a).getByRole('button', { name: 'Post reply' }).click();
        await a.getByRole('status').filter({ hasText: 'Comment added on Root cause.' }).waitFor();
        await a.getByRole('button', { name: 'Comment on Root cause, 2 comments' }).waitFor();
        await screenshot(a, 'review-author-changes-light');

        await a.getByRole('link', { name: 'Edit', exact: true }).click();
        const editor = a.getByRole('textbox', { name: 'Root cause, Markdown' });
        await editor.click();
        await a.keyboard.press('Control+A');
        await a.keyboard.type('The rebuild set the shard count to zero, so every query failed.');
        await a.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
        await a.goto(`${server.url}${path}`);
        await a.getByText('The rebuild set the shard count to zero').waitFor();
        await reviewPanel(a).getByText('Passes the “minimal” checks for publishing.').waitFor();
        await reviewPanel(a).getByRole('button', { name: 'Request review again' }).click();
        // The reviewers of the last round are ticked already.
        expect(
          await reviewPanel(a)
            .getByLabel(/Rowan Reed/)
            .isChecked(),
        ).toBe(true);
        await reviewPanel(a).getByRole('button', { name: 'Send the request' }).click();
        await reviewPanel(a).locator('.review-state .badge', { hasText: 'In review' }).waitFor();

        await r.reload();
        await reviewPanel(r).getByLabel('Note for the author').fill('Clear now.');
        await reviewPanel(r).getByRole('button', { name: 'Approve' }).click();
        await reviewPanel(r).locator('.review-state .badge', { hasText: 'Approved' }).waitFor();
        await r.getByRole('status').filter({ hasText: 'You approved this postmortem.' }).waitFor();

        // The author publishes; the history says who did what.
        await a.reload();
        await reviewPanel(a).locator('.review-state .badge', { hasText: 'Approved' }).waitFor();
        expect(await publish.getAttribute('aria-disabled')).toBeNull();
        await publish.click();
        await reviewPanel(a).locator('.review-state .badge', { hasText: 'Published' }).waitFor();
        await reviewPanel(a).getByText('ellis published').waitFor();
        const history = await reviewPanel(a).locator('.review-events li strong').allTextContents();
        expect(history).toEqual([
          'ellis asked rowan to review',
          'rowan requested changes',
          'ellis asked rowan to review',
          'rowan approved',
          'ellis published',
        ]);
        // Times are the reader's, with the UTC instant kept in the element.
        const when = reviewPanel(a).locator('.review-events time').last();
        expect(await when.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
        expect(await when.getAttribute('title')).toMatch(/ UTC$/);
        await expectAccessible(a, 'published, light');
        await screenshot(a, 'review-published-light');

        // Found by search in the library, as published.
        await a
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Library' })
          .click();
        await a.getByLabel('Search postmortems').fill('shard count');
        await a.getByRole('button', { name: 'Search', exact: true }).click();
        const row = a.locator('.pm-row', { hasText: 'Search index rebuild outage' });
        await row.waitFor();
        expect(await row.textContent()).toContain('Published');

        for (const { problems } of [author, reviewer]) {
          expect(problems.dialogs).toEqual([]);
          expect(problems.errors).toEqual([]);
        }
      } finally {
        await author.context.close();
        await reviewer.context.close();
      }
    });

    it('lists the lint errors that stop publishing, with a way to the editor (dark)', async () => {
      const stored = await server.store.create(
        draft('Queue consumer stall', '[Why it happened: the system, not a person.]'),
        { actor: EDITOR.username },
      );
      const reviews = reviewsOf(server.app.ctx);
      await reviews.request(
        stored.id,
        { baseRevision: 1, reviewers: [REVIEWER.username] },
        viewerOf(EDITOR),
      );
      await reviews.approve(stored.id, { baseRevision: 2 }, viewerOf(REVIEWER));
      const { context, page, problems } = await openPage(browser, { colorScheme: 'dark' });
      try {
        await signIn(page, server.url, EDITOR, `/postmortems/${stored.id}`);
        await reviewPanel(page).locator('.review-state .badge', { hasText: 'Approved' }).waitFor();
        // Said before the click; the server's refusal then stands in for it.
        await reviewPanel(page)
          .getByText(/lint errors? in the “minimal” profile will stop publishing/)
          .waitFor();
        await reviewPanel(page).getByRole('button', { name: 'Publish' }).click();
        const alert = reviewPanel(page).getByRole('alert');
        await alert.getByText(/lint error.* in the "minimal" profile/).waitFor();
        await alert
          .getByText(/is a placeholder/)
          .first()
          .waitFor();
        await alert.getByRole('link', { name: 'Fix them in the editor' }).waitFor();
        await page.getByRole('button', { name: 'Comment on Summary' }).click();
        await commentsPanel(page).getByLabel('Comment on “Summary”').waitFor();
        await expectAccessible(page, 'publish blocked, dark');
        await screenshot(page, 'review-blocked-dark');
        // On a narrow screen the panels follow the document in one column.
        await page.setViewportSize({ width: 700, height: 900 });
        await reviewPanel(page).scrollIntoViewIfNeeded();
        await screenshot(page, 'review-narrow-dark');
        await page.setViewportSize({ width: 1280, height: 860 });
        // Escape gives up the comment and returns to the button that opened it.
        await page.keyboard.press('Escape');
        const opener = page.getByRole('button', { name: 'Comment on Summary' });
        await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(problems.dialogs).toEqual([]);
        expect(problems.errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('hides a restricted postmortem, its review and its comments from an outsider', async () => {
      const hidden = await server.store.create(
        draft('Billing export leak', 'A job wrote exports to a shared bucket.', {
          visibility: 'restricted',
        }),
        { actor: EDITOR.username },
      );
      const insider = await openPage(browser);
      try {
        await signIn(insider.page, server.url, EDITOR, `/postmortems/${hidden.id}`);
        await insider.page.getByRole('button', { name: 'Comment on Summary' }).click();
        await commentsPanel(insider.page).getByLabel('Comment on “Summary”').fill('Only for us.');
        await commentsPanel(insider.page).getByRole('button', { name: 'Post comment' }).click();
        await commentsPanel(insider.page).getByText('Only for us.').waitFor();
      } finally {
        await insider.context.close();
      }

      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, OUTSIDER, `/postmortems/${hidden.id}`);
        await page.getByRole('heading', { name: 'Postmortem not found' }).waitFor();
        expect(await page.getByRole('region', { name: 'Review', exact: true }).count()).toBe(0);
        expect(await page.getByText('Only for us.').count()).toBe(0);
        for (const api of ['review', 'comments']) {
          const res = await context.request.get(
            `${server.url}/api/postmortems/${hidden.id}/${api}`,
          );
          expect(res.status(), api).toBe(404);
        }
        await expectAccessible(page, 'not found');
        expect(problems.dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
