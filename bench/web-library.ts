/**
 * Web library benchmark: with 10,000 postmortems in a SQLite database, the real server
 * serving the built web app, and headless Chromium signed in, how long the library page takes
 * from navigation to interactive (first rows drawn and the main thread free again), and what
 * scrolling through every row costs (pages fetched, rows kept in the DOM, slowest frame).
 * Target: interactive within 1.5 s. Also prints the first page's JavaScript, gzipped
 * (packages/web/scripts/measure-first-page.mjs; target ≤ 200 KB).
 *
 *   npm run build && npm run bench -- web-library [--docs N] [--reps N] [--json] [--fresh]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePostmortem } from '@hindsight/core/markdown';
import { buildApp, createDatabase, migrate, PostmortemStore } from '@hindsight/server';
import type { Page } from 'playwright-core';
import { generatePostmortem } from '../packages/core/src/test-support/generate-postmortem.js';
import { machineInfo, round } from './lib/machine.js';
import { median } from './lib/measure.js';
import { repoRoot, resultsFile } from './lib/paths.js';
import { describeMachine, markdownTable, writeJson } from './lib/report.js';
import { CHROMIUM, launchChromium } from '../packages/web/e2e/support/browser.js';

const TARGET_INTERACTIVE_MS = 1500;
const ADMIN = { username: 'bench-admin', password: 'bench-library-window-42' };

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    reps: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
  strict: true,
});
const total = Number(args.docs);
const reps = Number(args.reps);
if (!Number.isInteger(total) || total < 1) fail('--docs must be a positive whole number');
if (!Number.isInteger(reps) || reps < 3) fail('--reps must be at least 3');

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const root = repoRoot();
const webDist = join(root, 'packages', 'web', 'dist');
if (!existsSync(join(webDist, 'index.html'))) fail('the web app is not built: npm run build');
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is not installed`);

// The database is kept between runs (bench/.data), since loading it takes a while.
const dataDir = join(root, 'bench', '.data', `web-library-${total}`);
const dbFile = join(dataDir, 'hindsight.db');
const doneFile = join(dataDir, 'loaded.json');
if (args.fresh) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const reused = existsSync(doneFile);
if (!reused) rmSync(dbFile, { force: true });

const handle = createDatabase({ dialect: 'sqlite', file: dbFile });
await migrate(handle);
if (!reused) {
  const store = new PostmortemStore(handle);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const { model } = parsePostmortem(generatePostmortem(i, 1500));
    await store.create(model, { actor: ADMIN.username });
    if (process.stderr.isTTY && i % 250 === 0) process.stderr.write(`\rloading ${i}/${total}`);
  }
  writeFileSync(doneFile, JSON.stringify({ count: total, loadMs: performance.now() - started }));
  log(`\rloaded ${total} postmortems in ${Math.round((performance.now() - started) / 1000)} s`);
}

const app = await buildApp({ handle, config: { staticRoot: webDist }, logger: false });
const setup = await app.inject({ method: 'POST', url: '/api/setup', payload: ADMIN });
const login =
  setup.statusCode === 201
    ? setup
    : await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
const cookie = login.cookies[0];
if (login.statusCode >= 300 || !cookie)
  fail(`could not sign in: ${login.statusCode} ${login.body}`);
await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as AddressInfo;
const url = `http://127.0.0.1:${port}`;

const browser = await launchChromium();
const runs: { rowsMs: number; interactiveMs: number }[] = [];
let waterfall: string[] = [];
let scroll: { ms: number; rows: number; domRows: number; longestFrameMs: number } | undefined;
try {
  for (let rep = 0; rep <= reps; rep++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addCookies([
      { name: cookie.name, value: cookie.value, url, httpOnly: true, sameSite: 'Lax' },
    ]);
    // A returning reader: signed in, and the app's hint that they were (docs/web.md).
    await context.addInitScript(`localStorage.setItem('hindsight.signedIn', '1')`);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('.pm-row-title').first().waitFor();
    // In-page code is passed as text: this program is compiled without the DOM types.
    const rowsMs = await page.evaluate<number>('performance.now()');
    // Interactive: the next frame is drawn and a task queued after it runs at once.
    const interactiveMs = await page.evaluate<number>(
      'new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))',
    );
    // The first load warms Chromium's caches and the server's: it is left out.
    if (rep > 0) runs.push({ rowsMs, interactiveMs });
    if (rep === reps) {
      // Where the time went on the last load: when each request started and ended.
      waterfall = await page.evaluate<string[]>(
        `performance.getEntriesByType('resource').map((e) => Math.round(e.startTime) + '–' + Math.round(e.responseEnd) + ' ms ' + new URL(e.name).pathname)`,
      );
    }
    if (rep === reps) scroll = await scrollToEnd(page, total);
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
  await handle.close();
}

/** Scrolls until every row is loaded; how long it took and what the DOM held at the end. */
async function scrollToEnd(page: Page, count: number) {
  await page.evaluate(`{
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }`);
  const started = Date.now();
  const status = page.locator('.list-status');
  for (;;) {
    await page.mouse.wheel(0, 40_000);
    const text = (await status.textContent()) ?? '';
    if (!text.includes('+') && text.startsWith(`${count} `)) break;
    if (Date.now() - started > 300_000) throw new Error(`scrolling stalled at: ${text}`);
    await page.waitForTimeout(20);
  }
  const ms = Date.now() - started;
  const domRows = await page.evaluate<number>(`document.querySelectorAll('.virtual-row').length`);
  const longestFrameMs = await page.evaluate<number>(
    'Math.round(Math.max(...window.__frames.slice(1)))',
  );
  return { ms, rows: count, domRows, longestFrameMs };
}

const measure = spawnSync(
  process.execPath,
  [join(root, 'packages', 'web', 'scripts', 'measure-first-page.mjs'), '--json'],
  { encoding: 'utf8' },
);
const bundle = JSON.parse(measure.stdout) as {
  pages: Record<string, { gzipBytes: number }>;
};

const machine = machineInfo();
const interactive = median(runs.map((r) => r.interactiveMs));
const result = {
  machine,
  docs: total,
  reusedDatabase: reused,
  loadMs: (JSON.parse(readFileSync(doneFile, 'utf8')) as { loadMs: number }).loadMs,
  runs: runs.map((r) => ({ rowsMs: round(r.rowsMs, 0), interactiveMs: round(r.interactiveMs, 0) })),
  medianRowsMs: round(median(runs.map((r) => r.rowsMs)), 0),
  medianInteractiveMs: round(interactive, 0),
  targetInteractiveMs: TARGET_INTERACTIVE_MS,
  scroll,
  waterfall,
  firstPageGzipKb: Object.fromEntries(
    Object.entries(bundle.pages).map(([k, v]) => [k, round(v.gzipBytes / 1024, 1)]),
  ),
};
writeJson(resultsFile('web-library'), result);
if (args.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(describeMachine(machine));
  console.log(
    markdownTable(
      ['Measure', 'Value'],
      [
        ['postmortems', String(total)],
        ['first rows drawn (median)', `${result.medianRowsMs} ms`],
        [
          'interactive (median)',
          `${result.medianInteractiveMs} ms (target ≤ ${TARGET_INTERACTIVE_MS})`,
        ],
        ['runs, interactive', result.runs.map((r) => r.interactiveMs).join(', ')],
        ['scroll through every row', scroll ? `${(scroll.ms / 1000).toFixed(1)} s` : '-'],
        ['rows in the DOM at the end', scroll ? String(scroll.domRows) : '-'],
        ['longest frame while scrolling', scroll ? `${scroll.longestFrameMs} ms` : '-'],
        ...Object.entries(result.firstPageGzipKb).map(([k, v]) => [`JS gzipped, ${k}`, `${v} KB`]),
      ],
    ),
  );
  console.log(`requests of the last load:\n  ${waterfall.join('\n  ')}`);
}

function fail(message: string): never {
  log(`web-library: ${message}`);
  process.exit(2);
}
