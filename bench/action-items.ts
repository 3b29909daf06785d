/**
 * Action-item board benchmark: the queries of `GET /api/action-items` and `/stats` over many
 * items across postmortems (default 20,000 postmortems with 5 items each), as a signed-in
 * user (the access check runs for every row), on SQLite and, when `HINDSIGHT_BENCH_PG` or
 * `HINDSIGHT_TEST_PG` names a server, on PostgreSQL. Target: a page under 50 ms.
 *
 *   npm run bench -- action-items [--docs N] [--items N] [--reps N]
 *                                 [--dialect sqlite|postgres|both] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ActionStatus, Priority } from '@hindsight/core';
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import pg from 'pg';
import { createDatabase } from '../packages/server/src/storage/create-database.js';
import type { DatabaseHandle } from '../packages/server/src/storage/create-database.js';
import type { ActionItemsTable } from '../packages/server/src/storage/database.js';
import { migrate } from '../packages/server/src/storage/migrate.js';
import { PostmortemStore } from '../packages/server/src/storage/postmortem-store.js';
import type { Viewer } from '../packages/server/src/storage/viewer.js';
import { ActionItemService } from '../packages/server/src/workflow/action-item-service.js';
import { buildBases, uuid, writeRows } from './lib/insights-dataset.js';
import { machineInfo, peakRssMiB, round } from './lib/machine.js';
import { resultsFile } from './lib/paths.js';
import { describeMachine, formatNumber, markdownTable, writeJson } from './lib/report.js';

const PAGE_TARGET_MS = 50;
const STATUSES: readonly ActionStatus[] = ['open', 'open', 'in-progress', 'done', 'wont-do'];
const PRIORITIES: readonly (Priority | null)[] = ['high', 'medium', 'low', null];
const OWNERS = Array.from({ length: 200 }, (_, i) => `owner-${i}`);
const CHUNK = 500;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '20000' },
    items: { type: 'string', default: '5' },
    reps: { type: 'string', default: '7' },
    dialect: { type: 'string', default: 'both' },
    json: { type: 'boolean', default: false },
  },
  strict: true,
  allowPositionals: false,
});
const total = positiveInt(args.docs, 'docs');
const perDoc = positiveInt(args.items, 'items');
const reps = positiveInt(args.reps, 'reps');
if (!['sqlite', 'postgres', 'both'].includes(args.dialect))
  fail('--dialect must be sqlite, postgres or both');

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const USER: Viewer = {
  kind: 'user',
  id: 'bench-user',
  username: 'reader',
  aliases: [],
  role: 'viewer',
  teams: ['team-3'],
};
// A fixed "today" keeps the overdue share the same from run to run.
const NOW = new Date('2024-06-01T12:00:00Z');

const bases = buildBases(Math.min(total, 300));
const pgUrl = process.env['HINDSIGHT_BENCH_PG'] ?? process.env['HINDSIGHT_TEST_PG'];
const dialects = (args.dialect === 'both' ? ['sqlite', 'postgres'] : [args.dialect]) as (
  'sqlite' | 'postgres'
)[];

const results = [];
for (const dialect of dialects) {
  if (dialect === 'postgres' && !pgUrl) {
    log('action-items: PostgreSQL skipped (set HINDSIGHT_BENCH_PG or HINDSIGHT_TEST_PG)');
    continue;
  }
  const db = await openBenchDatabase(dialect, pgUrl);
  try {
    results.push(await runOn(dialect, db.handle));
  } finally {
    await db.dispose();
  }
}

const machine = machineInfo();
const report = { machine, total, perDoc, reps, results, peakRssMiB: peakRssMiB() };
writeJson(resultsFile('action-items'), report);
if (args.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  console.log(describeMachine(machine));
  console.log(
    markdownTable(
      ['Dialect', 'Query', 'Rows', 'Median', 'Max', 'Target', 'Met'],
      results.flatMap((r) => [
        ...r.queries.map((q) => [
          r.dialect,
          q.name,
          String(q.rows),
          `${q.medianMs} ms`,
          `${q.maxMs} ms`,
          `< ${PAGE_TARGET_MS} ms`,
          q.medianMs < PAGE_TARGET_MS ? 'yes' : 'no',
        ]),
        [r.dialect, 'load (bulk insert)', '', `${r.loadSeconds} s`, '', '', ''],
      ]),
    ),
  );
  console.log(`peak RSS ${report.peakRssMiB} MiB`);
}

async function runOn(dialect: string, handle: DatabaseHandle) {
  const items = total * perDoc;
  log(
    `action-items [${dialect}]: ${formatNumber(total)} postmortems, ${formatNumber(items)} items…`,
  );
  const loadStart = performance.now();
  const ids = await writeRows(handle, bases, total, () => undefined);
  let rows: Insertable<ActionItemsTable>[] = [];
  for (let i = 0; i < total; i++) {
    for (let k = 0; k < perDoc; k++) {
      const n = i * perDoc + k;
      // Due dates over two years around "today"; one in six has none.
      const day = new Date(Date.UTC(2023, 6, 1) + (n % 730) * 86_400_000);
      rows.push({
        id: uuid(10_000_000 + n),
        postmortem_id: ids[i] as string,
        position: k,
        title: `Item ${k} of ${i}`,
        type: 'prevent',
        owner: n % 7 === 0 ? null : (OWNERS[n % OWNERS.length] as string),
        due: n % 6 === 0 ? null : day.toISOString().slice(0, 10),
        status: STATUSES[n % STATUSES.length] as ActionStatus,
        priority: PRIORITIES[n % PRIORITIES.length] ?? null,
        link: null,
        created_at: '2024-01-01T00:00:00.000Z',
        updated_at: new Date(Date.UTC(2024, 0, 1) + n * 1000).toISOString(),
      });
      if (rows.length === CHUNK) {
        await handle.db.insertInto('action_items').values(rows).execute();
        rows = [];
      }
    }
  }
  if (rows.length > 0) await handle.db.insertInto('action_items').values(rows).execute();
  const loadSeconds = round((performance.now() - loadStart) / 1000, 1);
  // Planner statistics, as a database in use has them (PostgreSQL's autovacuum gathers them;
  // SQLite has none until ANALYZE or PRAGMA optimize). Without them SQLite drives the board
  // from the postmortems and sorts every visible item instead of walking a sort index.
  await sql`analyze`.execute(handle.db);

  const board = new ActionItemService({
    handle,
    store: new PostmortemStore(handle),
    now: () => NOW,
  });
  // A cursor 20 pages in, to show that a deep page costs what the first one does.
  let deep: string | undefined;
  for (let p = 0; p < 20; p++) {
    const page = await board.list({ limit: 50, ...(deep ? { cursor: deep } : {}) }, USER);
    deep = page.nextCursor ?? undefined;
  }
  const timed = async (name: string, run: () => Promise<number>) => {
    const count = await run(); // warm-up: JIT, page cache, statistics
    const runs: number[] = [];
    for (let r = 0; r < reps; r++) {
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      await run();
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    const out = {
      name,
      rows: count,
      medianMs: round(runs[Math.floor(runs.length / 2)] ?? 0, 1),
      maxMs: round(runs[runs.length - 1] ?? 0, 1),
    };
    log(`  ${name}: median ${out.medianMs} ms`);
    return out;
  };
  const page = (options: Record<string, unknown>) => async () =>
    (await board.list({ limit: 50, ...options }, USER)).items.length;
  const queries = [
    await timed('first page, by due date', page({})),
    await timed('page 21, by due date (cursor)', page({ cursor: deep })),
    await timed(
      'one owner, open or in progress',
      page({ owner: 'owner-17', status: ['open', 'in-progress'] }),
    ),
    await timed('overdue', page({ overdue: true })),
    await timed('one team, by priority', page({ team: 'team-3', sort: 'priority' })),
    await timed('recently updated', page({ sort: 'updated' })),
    await timed('stats, all', async () => (await board.stats({}, USER)).total),
  ];
  return { dialect, items, loadSeconds, queries };
}

async function openBenchDatabase(dialect: 'sqlite' | 'postgres', url: string | undefined) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-'));
    const handle = createDatabase({ dialect: 'sqlite', file: join(dir, 'bench.db') });
    await migrate(handle);
    return {
      handle,
      dispose: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_${Math.random().toString(36).slice(2, 10)}`;
  await admin(url as string, (c) => `CREATE SCHEMA ${c.escapeIdentifier(schema)}`);
  const handle = createDatabase({ dialect: 'postgres', url: url as string, schema });
  await migrate(handle);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await admin(url as string, (c) => `DROP SCHEMA ${c.escapeIdentifier(schema)} CASCADE`);
    },
  };
}

async function admin(url: string, statement: (client: pg.Client) => string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement(client));
  } finally {
    await client.end();
  }
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive whole number`);
  return n;
}

function fail(message: string): never {
  process.stderr.write(`action-items: ${message}\n`);
  process.exit(2);
}
