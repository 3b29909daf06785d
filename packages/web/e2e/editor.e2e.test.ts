import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPostmortem } from '../../core/src/model/index.js';
import { BUILT_IN_TEMPLATES } from '../../core/src/templates/index.js';
import { SYSTEM_VIEWER } from '../../server/src/storage/viewer.js';
import { chromiumMissing, launchChromium, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/expect-accessible.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, webBuildMissing } from './support/web-server.js';
import type { WebServer } from './support/web-server.js';

const ADMIN = { username: 'rowan', password: 'amber-tide-falcon-31' };
const skip = chromiumMissing() ?? webBuildMissing();

/** Replaces the whole text of a section's CodeMirror editor by typing. */
async function typeInSection(page: Page, heading: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: `${heading}, Markdown` });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The day `days` after an ISO date, as YYYY-MM-DD. */
function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Fills the detection, the root cause, a contributing factor and the follow-up of the
 * postmortem open in the editor, watching the lint findings about them come and go and
 * jumping to each; returns what should then be saved.
 */
async function fillStructuredParts(page: Page, templateId: string) {
  // A factor that blames a person is a finding; clicking it lands in the factor's text.
  const factors = page.getByLabel(/^Factor \d+: what contributed$/);
  const n = (await factors.count()) + 1;
  await page.getByRole('button', { name: 'Add a contributing factor' }).click();
  const text = page.getByLabel(`Factor ${n}: what contributed`);
  await page.getByText('Say what the condition was, or remove the factor').waitFor();
  await text.fill('The on-call engineer was careless with the cache flag');
  const blame = page.getByRole('button', { name: /"careless" judges a person/ });
  await blame.click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id))
    .toBe(await text.getAttribute('id'));
  const factor = 'A cache flag could be flipped in production without a review';
  await text.fill(factor);
  await blame.waitFor({ state: 'detached' });
  await page.getByLabel(`Factor ${n}: category`).selectOption('process');
  await page.getByLabel('Trigger', { exact: true }).fill('A cache flush during peak traffic');

  // The graded form asks how the problem was detected: a detection row that does not say is
  // a finding, which points at "Detected by" and goes once a source is chosen.
  const detectedBy = page.getByLabel('Detected by');
  if (templateId === 'holberton') {
    await page.getByLabel('Row 1: what happened').fill('Errors seen on the web tier');
    const how = page.getByRole('button', { name: /does not show how the problem was detected/ });
    await how.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await detectedBy.getAttribute('id'));
    await detectedBy.selectOption('monitoring');
    await how.waitFor({ state: 'detached' });
  } else {
    await detectedBy.selectOption('monitoring');
  }
  await page
    .getByLabel('How it was detected')
    .fill('The cache hit-rate alert paged the on-call engineer');

  // The review date: one before the incident is refused in words; the standard profile asks
  // for one, and its finding goes once a date within a month is set.
  const incident = await page.getByLabel('Incident date').inputValue();
  const review = page.getByLabel('Review date');
  const missing = page.getByRole('button', { name: /No follow-up review date is set/ });
  if (templateId === 'standard') {
    await missing.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await review.getAttribute('id'));
  }
  await review.fill(daysAfter(incident, -1));
  await page.getByText('The review must come after the incident').waitFor();
  expect(await review.getAttribute('aria-invalid')).toBe('true');
  const reviewDate = daysAfter(incident, 14);
  await review.fill(reviewDate);
  await missing.waitFor({ state: 'detached' });
  expect(await review.getAttribute('aria-invalid')).toBeNull();
  await page.getByRole('textbox', { name: 'Attendees', exact: true }).fill('payments-team');
  await page.keyboard.press('Enter');
  return { factor, reviewDate };
}

/** A screenshot with the card of that heading scrolled to the top of the window. */
async function shootCard(page: Page, heading: string, name: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    // Out from under the app's sticky header.
    window.scrollBy(0, -80);
  });
  await screenshot(page, name);
}

describe.skipIf(skip !== undefined)(
  `the editor in Chromium${skip ? ` — skipped: ${skip}` : ''}`,
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

    it('creates from each template, shows findings come and go, jumps to them, and saves', async () => {
      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, ADMIN);
        for (const template of BUILT_IN_TEMPLATES) {
          await page.goto(`${server.url}/postmortems/new`);
          await page.locator(`input[name="template"][value="${template.id}"]`).check();
          await page.getByLabel('Title').fill(`Cache stampede ${template.id}`);
          await page.getByRole('button', { name: 'Create the postmortem' }).click();
          // "New" lands in the editor of the new postmortem, not on the reading page.
          await page
            .getByRole('heading', { level: 1, name: `Editing: Cache stampede ${template.id}` })
            .waitFor();
          expect(new URL(page.url()).pathname).toMatch(/^\/postmortems\/[^/]+\/edit$/);
          // The linter ran in the worker and the panel shows a score.
          await page
            .getByRole('status')
            .filter({ hasText: /finding/ })
            .waitFor();
          const saved = await fillStructuredParts(page, template.id);

          // Autosave stores every new field.
          await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
          const id = new URL(page.url()).pathname.split('/')[2]!;
          const stored = await server.store.get(id, { viewer: SYSTEM_VIEWER });
          expect(stored.model.template).toBe(template.id);
          expect(stored.model.detection).toEqual({
            source: 'monitoring',
            method: 'The cache hit-rate alert paged the on-call engineer',
          });
          expect(stored.model.rootCause.trigger).toBe('A cache flush during peak traffic');
          expect(stored.model.rootCause.contributingFactors).toContainEqual({
            text: saved.factor,
            category: 'process',
          });
          expect(stored.model.followUp.reviewDate).toBe(saved.reviewDate);
          expect(stored.model.followUp.attendees).toEqual(['payments-team']);
        }

        // The last one is checked with its template's profile, which does not ask for a
        // severity; under the standard profile a missing severity is a finding until chosen.
        const profile = page.getByLabel('Profile');
        expect(await profile.inputValue()).toBe(BUILT_IN_TEMPLATES.at(-1)?.profile);
        await profile.selectOption('standard');
        const severityFinding = page.getByRole('button', { name: /does not state its severity/ });
        await severityFinding.waitFor();
        await severityFinding.click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe(await page.getByLabel('Severity').getAttribute('id'));
        await page.getByLabel('Severity').selectOption('high');
        await severityFinding.waitFor({ state: 'detached' });

        // A placeholder in a section is a finding; clicking it puts the caret in that section.
        const heading = await page
          .locator('.section-editor h3, .section-editor h4')
          .first()
          .innerText();
        const placeholder = page.getByRole('button', { name: /is a placeholder/ }).first();
        await placeholder.waitFor();
        await typeInSection(page, heading, 'Checkout failed for 40 minutes after a cache flush.');
        await expectAccessible(page, 'editor');
        await screenshot(page, 'editor-light');
        await shootCard(page, 'Impact', 'editor-impact-light');
        await shootCard(page, 'Detection', 'editor-detection-light');
        await shootCard(page, 'Root cause', 'editor-root-cause-light');
        await shootCard(page, 'Follow-up', 'editor-follow-up-light');

        // Autosave sends the model with its base revision; the reading page shows the change.
        await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
        const id = new URL(page.url()).pathname.split('/')[2]!;
        const saved = await server.store.get(id, {
          viewer: SYSTEM_VIEWER,
        });
        expect(saved.revision).toBeGreaterThan(1);
        expect(saved.model.severity).toBe('high');
        expect(saved.model.sections.some((s) => s.body.includes('after a cache flush'))).toBe(true);
        expect(problems.errors).toEqual([]);
        expect(problems.dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('resolves an edit made in two tabs without losing either version', async () => {
      const stored = await server.store.create(
        buildPostmortem({
          title: 'Queue backlog',
          severity: 'medium',
          authors: [ADMIN.username],
          sections: [{ heading: 'Summary', level: 2, kind: 'summary', body: 'First words.' }],
        }),
        { actor: ADMIN.username },
      );
      const { context, page: first, problems } = await openPage(browser);
      try {
        await signIn(first, server.url, ADMIN);
        const second = await context.newPage();
        const editUrl = `${server.url}/postmortems/${stored.id}/edit`;
        for (const tab of [first, second]) {
          await tab.goto(editUrl);
          await tab.getByRole('heading', { level: 1, name: 'Editing: Queue backlog' }).waitFor();
        }

        // The first tab saves a new summary.
        await typeInSection(first, 'Summary', 'Written in the first tab.');
        await first.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

        // The second tab, still on revision 1, changes the title: its save is refused.
        await second.getByLabel('Title').fill('Queue backlog from the second tab');
        const panel = second.getByRole('alertdialog', {
          name: 'Someone else saved this postmortem',
        });
        await panel.waitFor();
        await expect
          .poll(() => second.evaluate(() => document.activeElement?.id))
          .toBe('conflict-title');
        const diff = await panel
          .getByLabel('Differences between their version and yours')
          .innerText();
        expect(diff).toContain('-title: Queue backlog');
        expect(diff).toContain('+title: Queue backlog from the second tab');
        expect(diff).toContain('Written in the first tab.');
        await expectAccessible(second, 'editor conflict');
        await screenshot(second, 'editor-conflict-light');

        // Copy mine aside: the page takes theirs and shows my version to copy.
        await panel.getByRole('button', { name: 'Copy mine aside, take theirs' }).click();
        const aside = second.getByLabel('Your version as Markdown (select and copy it)');
        expect(await aside.inputValue()).toContain('title: Queue backlog from the second tab');
        expect(await second.getByLabel('Title').inputValue()).toBe('Queue backlog');
        await second.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

        // Keep mine: the first tab, now behind, re-applies its change on the new base.
        await second.getByLabel('Title').fill('Queue backlog, second try');
        await second.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
        await first.getByLabel('Severity').selectOption('critical');
        const firstPanel = first.getByRole('alertdialog');
        await firstPanel.waitFor();
        await firstPanel.getByRole('button', { name: 'Keep mine' }).click();
        await first.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

        const now = await server.store.get(stored.id, { viewer: SYSTEM_VIEWER });
        expect(now.model.severity).toBe('critical');
        // The version it replaced is still in the history, so it too can be restored.
        const history = await server.store.listRevisions(stored.id, { viewer: SYSTEM_VIEWER });
        const titles = history.items.map((r) => r.title);
        expect(titles).toContain('Queue backlog, second try');
        expect(problems.errors).toEqual([]);
        expect(problems.dialogs).toEqual([]);
        // Once saved, nothing is left as a draft in this browser.
        expect(
          await first.evaluate((id) => localStorage.getItem(`hindsight.draft.${id}`), stored.id),
        ).toBeNull();
      } finally {
        await context.close();
      }
    });

    it('edits incident times, timeline rows, whys and action items, and saves them', async () => {
      const stored = await server.store.create(
        buildPostmortem({ title: 'DNS drift', severity: 'low', authors: [ADMIN.username] }),
        { actor: ADMIN.username },
      );
      const { context, page, problems } = await openPage(browser);
      try {
        await signIn(page, server.url, ADMIN);
        await page.goto(`${server.url}/postmortems/${stored.id}/edit`);
        await page.getByRole('heading', { level: 1, name: 'Editing: DNS drift' }).waitFor();

        await page.getByLabel('Customers affected').fill('1200');
        await page.getByLabel('Degradation').selectOption('partial-outage');

        // A wall time in Paris is stored as its UTC instant, and the UTC reading is shown.
        await page.getByLabel('Detected: zone').selectOption('Europe/Paris');
        await page.getByLabel('Detected', { exact: true }).fill('2024-03-20T14:23');
        await page.getByText('UTC: 2024-03-20 13:23:00').waitFor();
        // The detection card repeats when it was detected, in its own zone.
        await page.getByText('When: 2024-03-20 14:23 Europe/Paris.').waitFor();

        // Many lines pasted at once become rows.
        await page
          .getByLabel('Paste many lines')
          .fill(
            '14:02 Alert fired for resolver errors\n14:20 Rolled back the zone file\n14:40 Resolution confirmed',
          );
        await page.getByRole('button', { name: 'Add the pasted lines' }).click();
        await page.getByText('3 rows added from the pasted text.').waitFor();
        expect(await page.getByLabel('Row 2: what happened').inputValue()).toContain('Rolled back');

        // Reorder by keyboard: Alt+ArrowUp in row 3 moves it to position 2, focus follows.
        await page.getByLabel('Row 3: what happened').focus();
        await page.keyboard.press('Alt+ArrowUp');
        await page.getByText('Row moved to position 2 of 3.').waitFor();
        expect(await page.getByLabel('Row 2: what happened').inputValue()).toContain('Resolution');
        // And by button.
        await page.getByRole('button', { name: 'Move row 2 down' }).click();
        expect(await page.getByLabel('Row 3: what happened').inputValue()).toContain('Resolution');
        await page.getByRole('button', { name: 'Add a row' }).click();
        await page.getByLabel('Row 4: time').fill('15:00');
        await page.getByLabel('Row 4: kind').selectOption('communication');
        await page.getByLabel('Row 4: what happened').fill('Status page updated');

        await page.getByRole('button', { name: 'Add a why' }).click();
        await page.getByLabel('Why 1: question').fill('Why did resolution fail?');
        await page.getByLabel('Why 1: answer').fill('The zone file was stale.');

        await page.getByRole('button', { name: 'Add an action item' }).click();
        await page.getByLabel('Action 1: what will be done').fill('Check zone file freshness');
        await page.getByLabel('Action 1: owner').fill('sam');
        await page.getByLabel('Action 1: due').fill('2024-04-30');
        await page.getByLabel('Action 1: status').selectOption('in-progress');
        await page.getByLabel('Action 1: type').selectOption('detect');
        await page.getByLabel('Action 1: priority').selectOption('high');
        await page.getByLabel('Action 1: tracker link').fill('https://tracker.example/DNS-12');
        await page.getByLabel('Action 1: notes').fill('Alert when the serial is a day old.');
        await expectAccessible(page, 'editor with rows');

        await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
        const saved = await server.store.get(stored.id, { viewer: SYSTEM_VIEWER });
        expect(saved.model.impact.customersAffected).toBe(1200);
        expect(saved.model.impact.degradation).toBe('partial-outage');
        expect(saved.model.incident.detected).toEqual({
          at: '2024-03-20T13:23:00Z',
          zone: 'Europe/Paris',
        });
        expect(saved.model.timeline.map((r) => r.time)).toEqual([
          '14:02',
          '14:20',
          '14:40',
          '15:00',
        ]);
        expect(saved.model.timeline[3]?.kind).toBe('communication');
        expect(saved.model.rootCause.whys).toEqual([
          { question: 'Why did resolution fail?', answer: 'The zone file was stale.' },
        ]);
        expect(saved.model.actionItems).toEqual([
          {
            title: 'Check zone file freshness',
            owner: 'sam',
            due: '2024-04-30',
            status: 'in-progress',
            type: 'detect',
            priority: 'high',
            link: 'https://tracker.example/DNS-12',
            notes: 'Alert when the serial is a day old.',
          },
        ]);
        expect(problems.errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('never runs a script payload typed into any field of the editor', async () => {
      const payloads = [
        '<script>window.__pwned = 1; alert(1)</script>',
        '<img src=x onerror="window.__pwned = 2; alert(2)">',
        '<svg onload="window.__pwned = 3; alert(3)"></svg>',
        '[click](javascript:window.__pwned=4)',
      ];
      const all = payloads.join(' ');
      const stored = await server.store.create(
        buildPostmortem({
          title: 'Payload drill',
          severity: 'low',
          authors: [ADMIN.username],
          sections: [{ heading: 'Summary', level: 2, kind: 'summary', body: 'Plain.' }],
        }),
        { actor: ADMIN.username },
      );
      const { context, page, problems } = await openPage(browser);
      const inert = () =>
        page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          scripts: [...document.querySelectorAll('script')].filter((el) => !el.src).length,
          jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
            /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
          ).length,
        }));
      try {
        await signIn(page, server.url, ADMIN);
        await page.goto(`${server.url}/postmortems/${stored.id}/edit`);
        await page.getByRole('heading', { level: 1, name: 'Editing: Payload drill' }).waitFor();
        await page.getByLabel('Title').fill(`Payload drill ${payloads[1]}`);
        for (const label of ['Services', 'Teams', 'Tags', 'Reviewers']) {
          await page.getByRole('textbox', { name: label, exact: true }).fill(payloads[2]!);
          await page.keyboard.press('Enter');
        }
        await page.getByRole('button', { name: 'Add a row' }).click();
        await page.getByLabel('Row 1: time').fill(payloads[0]!);
        await page.getByLabel('Row 1: what happened').fill(all);
        await page.getByRole('button', { name: 'Add a why' }).click();
        await page.getByLabel('Why 1: question').fill(payloads[1]!);
        await page.getByLabel('Why 1: answer').fill(all);
        await page.getByRole('button', { name: 'Add an action item' }).click();
        await page.getByLabel('Action 1: what will be done').fill(all);
        await page.getByLabel('Action 1: owner').fill(payloads[1]!);
        await page.getByLabel('Paste many lines').fill(`10:00 ${all}`);
        await page.getByRole('button', { name: 'Add the pasted lines' }).click();
        await typeInSection(page, 'Summary', payloads.join('\n\n'));
        await page.getByRole('button', { name: 'Preview Summary' }).click();
        await page.getByRole('region', { name: 'Preview of Summary' }).waitFor();
        await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
        expect(await inert()).toEqual({ pwned: null, handlers: 0, scripts: 0, jsLinks: 0 });

        // Stored and loaded again: the editor and the reading page show it all as text.
        await page.reload();
        await page.getByRole('heading', { level: 1, name: /Editing: Payload drill/ }).waitFor();
        expect(await inert()).toEqual({ pwned: null, handlers: 0, scripts: 0, jsLinks: 0 });
        await page.goto(`${server.url}/postmortems/${stored.id}`);
        await page.getByRole('heading', { level: 1, name: /Payload drill/ }).waitFor();
        expect(await inert()).toEqual({ pwned: null, handlers: 0, scripts: 0, jsLinks: 0 });
        expect(problems.dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('is accessible in dark mode, and keeps an unsaved edit across a reload', async () => {
      const stored = await server.store.create(
        buildPostmortem({ title: 'Night shift', severity: 'low', authors: [ADMIN.username] }),
        { actor: ADMIN.username },
      );
      const { context, page } = await openPage(browser, { colorScheme: 'dark' });
      try {
        await signIn(page, server.url, ADMIN);
        await page.goto(`${server.url}/postmortems/${stored.id}/edit`);
        await page.getByRole('heading', { level: 1, name: 'Editing: Night shift' }).waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: /finding/ })
          .waitFor();
        // The new parts with a hint, an error and a suggestion showing.
        await page.getByRole('button', { name: 'Add a contributing factor' }).click();
        await page.getByRole('button', { name: 'Add a contributing factor' }).click();
        await page
          .getByLabel('Factor 1: what contributed')
          .fill('A config push skipped the canary');
        await page.getByLabel('Review date').fill('1999-01-01');
        await page.getByLabel('Incident date').fill('2024-03-20');
        await page.getByText('The review must come after the incident').waitFor();
        await expectAccessible(page, 'editor, dark');
        await screenshot(page, 'editor-dark');
        await shootCard(page, 'Detection', 'editor-detection-dark');
        await shootCard(page, 'Root cause', 'editor-root-cause-dark');
        await shootCard(page, 'Follow-up', 'editor-follow-up-dark');
        await page.getByRole('button', { name: 'Remove factor 2' }).click();

        // The draft is in localStorage at once; a reload before autosave brings it back.
        await page.getByLabel('Title').fill('Night shift, renamed');
        await page.reload();
        await page.getByText('Unsaved changes from an earlier visit').waitFor();
        expect(await page.getByLabel('Title').inputValue()).toBe('Night shift, renamed');
        await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
        const saved = await server.store.get(stored.id, { viewer: SYSTEM_VIEWER });
        expect(saved.model.title).toBe('Night shift, renamed');
      } finally {
        await context.close();
      }
    });
  },
);
