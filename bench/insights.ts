/**
 * Insights benchmark: aggregates over 100,000 postmortems in the database (target: under
 * 500 ms) and similar-incident lookups over them (target: p95 under 50 ms), on SQLite and,
 * when `HINDSIGHT_BENCH_PG` or `HINDSIGHT_TEST_PG` names a server, on PostgreSQL. Times the
 * InsightsStore calls the API makes, from the query to the finished figures.
 *
 *   npm run bench -- insights [--docs N] [--distinct N] [--reps N] [--lookups N]
 *                             [--dialect sqlite|postgres|both] [--keep] [--json]
 *
 * `--keep` keeps the loaded database (SQLite: `bench/.data/insights-<docs>-<distinct>.db`;
 * PostgreSQL: schema `bench_insights_<docs>_<distinct>`) and reuses it on the next run with
 * the same parameters, so that a run after a code change skips the minutes of loading. The
 * migrations still run on a kept database, so a new migration's back-fill is timed too.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parsePostmortem } from '@hindsight/core/markdown';
import { generatePostmortem } from '../packages/core/src/test-support/generate-postmortem.js';
import { InsightsStore } from '../packages/server/src/insights/insights-store.js';
import { PostmortemStore } from '../packages/server/src/storage/postmortem-store.js';
import { createDatabase } from '../packages/server/src/storage/create-database.js';
import type { DatabaseHandle } from '../packages/server/src/storage/create-database.js';
import { migrate } from '../packages/server/src/storage/migrate.js';
import { SYSTEM_VIEWER } from '../packages/server/src/storage/viewer.js';
import type { Viewer } from '../packages/server/src/storage/viewer.js';
import { DATASET_VERSION, buildBases, uuid, writeRows } from './lib/insights-dataset.js';
import { machineInfo, peakRssMiB, round } from './lib/machine.js';
import { repoRoot, resultsFile } from './lib/paths.js';
import { describeMachine, formatNumber, markdownTable, writeJson } from './lib/report.js';

const AGGREGATE_TARGET_MS = 500;
const LOOKUP_P95_TARGET_MS = 50;

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    distinct: { type: 'string', default: '2000' },
    reps: { type: 'string', default: '7' },
    lookups: { type: 'string', default: '300' },
    dialect: { type: 'string', default: 'both' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  strict: true,
  allowPositionals: false,
});
const total = positiveInt(args.docs, 'docs');
const distinct = Math.min(total, positiveInt(args.distinct, 'distinct'));
const reps = positiveInt(args.reps, 'reps');
const lookups = positiveInt(args.lookups, 'lookups');
if (!['sqlite', 'postgres', 'both'].includes(args.dialect))
  fail('--dialect must be sqlite, postgres or both');

const log = (line: string): void => void process.stderr.write(`${line}\n`);
// A signed-in user: the access check runs for every row, as it does for the API.
const USER: Viewer = {
  kind: 'user',
  id: 'bench-user',
  username: 'reader',
  aliases: [],
  role: 'viewer',
  teams: ['team-3'],
};

// Parsed only when a database has to be loaded: a kept one needs none of it.
let bases: ReturnType<typeof buildBases> | undefined;
const basesOnce = (): ReturnType<typeof buildBases> => {
  if (bases === undefined) {
    log(`insights: parsing and deriving ${formatNumber(distinct)} distinct documents…`);
    bases = buildBases(distinct);
  }
  return bases;
};
// What a kept database is named after: a change to any of these makes another database.
const datasetKey = `${total}-${distinct}-v${DATASET_VERSION}`;
const pgUrl = process.env['HINDSIGHT_BENCH_PG'] ?? process.env['HINDSIGHT_TEST_PG'];
const dialects = (args.dialect === 'both' ? ['sqlite', 'postgres'] : [args.dialect]) as (
  'sqlite' | 'postgres'
)[];

const results = [];
for (const dialect of dialects) {
  if (dialect === 'postgres' && !pgUrl) {
    log('insights: PostgreSQL skipped (set HINDSIGHT_BENCH_PG or HINDSIGHT_TEST_PG)');
    continue;
  }
  const db = await openBenchDatabase(dialect, pgUrl);
  try {
    results.push(await runOn(dialect, db));
  } finally {
    await db.dispose();
  }
}

const machine = machineInfo();
const report = { machine, total, distinct, reps, lookups, results, peakRssMiB: peakRssMiB() };
writeJson(resultsFile('insights'), report);
if (args.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  console.log(describeMachine(machine));
  console.log(
    markdownTable(
      ['Dialect', 'Measure', 'Median', 'p95 / max', 'Target', 'Met'],
      results.flatMap((r) => [
        ...r.aggregates.map((a) => [
          r.dialect,
          a.name,
          `${a.medianMs} ms`,
          `${a.maxMs} ms`,
          `< ${AGGREGATE_TARGET_MS} ms`,
          a.medianMs < AGGREGATE_TARGET_MS ? 'yes' : 'no',
        ]),
        [r.dialect, 'similar index build (first lookup)', `${r.indexBuildMs} ms`, '', '', ''],
        [r.dialect, 'first lookup after one write', `${r.indexUpdateMs} ms`, '', '', ''],
        ...r.similar.map((s) => [
          r.dialect,
          s.name,
          `${s.p50Ms} ms`,
          `${s.p95Ms} ms`,
          `p95 < ${LOOKUP_P95_TARGET_MS} ms`,
          s.p95Ms < LOOKUP_P95_TARGET_MS ? 'yes' : 'no',
        ]),
        [r.dialect, 'load (bulk insert)', `${r.loadSeconds} s`, '', '', ''],
      ]),
    ),
  );
  console.log(`peak RSS ${report.peakRssMiB} MiB`);
}

async function runOn(dialect: string, db: BenchDatabase) {
  let loadSeconds: number | null = null;
  const ids = Array.from({ length: total }, (_, i) => uuid(i));
  if (db.loaded) {
    log(`insights [${dialect}]: reusing the kept database (migrated in ${db.migrateMs} ms)`);
  } else {
    log(`insights [${dialect}]: writing ${formatNumber(total)} postmortems…`);
    const loadStart = performance.now();
    let shown = 0;
    await writeRows(db.handle, basesOnce(), total, (n) => {
      if (n - shown >= 10_000 || n === total) {
        shown = n;
        log(`  ${formatNumber(n)}`);
      }
    });
    loadSeconds = round((performance.now() - loadStart) / 1000, 1);
    await db.markLoaded();
  }
  // Read after the load: keeping the database reopens it under its final name.
  const { handle } = db;
  // Statistics as a server would have them: PostgreSQL's autovacuum may not have run yet, and
  // SQLite analyses at open (`optimize`), which for a database loaded just now was before the load.
  if (dialect === 'postgres' || !db.loaded) await analyze(handle);
  const insights = new InsightsStore(handle);

  const timed = async (name: string, run: () => Promise<unknown>) => {
    await run(); // warm-up: JIT, page cache, statistics
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
      runsMs: runs.map((ms) => round(ms, 1)),
      medianMs: round(runs[Math.floor(runs.length / 2)] ?? 0, 1),
      maxMs: round(runs[runs.length - 1] ?? 0, 1),
    };
    log(`  ${name}: median ${out.medianMs} ms`);
    return out;
  };
  log(`insights [${dialect}]: aggregates, ${reps} runs each…`);
  const summary = await insights.summary({ viewer: USER });
  if (summary.count < total * 0.9) fail(`summary counted ${summary.count} of ${total}`);
  const aggregates = [
    await timed('summary, all (system viewer)', () => insights.summary({ viewer: SYSTEM_VIEWER })),
    await timed('summary, all (signed-in user)', () => insights.summary({ viewer: USER })),
    await timed('summary by month (signed-in user)', () =>
      insights.summary({ viewer: USER }, 'month'),
    ),
    await timed('summary by service, critical and high only', () =>
      insights.summary({ viewer: USER, filters: { severity: ['critical', 'high'] } }, 'service'),
    ),
    await timed('factors (signed-in user)', () => insights.factors({ viewer: USER })),
  ];

  log(`insights [${dialect}]: similar-incident lookups…`);
  const buildStart = performance.now();
  await insights.similar(ids[1] as string, { viewer: USER });
  const indexBuildMs = round(performance.now() - buildStart, 0);
  const similar = [];
  for (const [name, viewer, filters] of [
    ['similar, 5 best (signed-in user)', USER, {}],
    ['similar, 5 best among one team', USER, { team: 'team-3' }],
  ] as const) {
    const times: number[] = [];
    for (let k = 0; k < lookups; k++) {
      // Targets spread over the set; restricted ones (every 50th) are skipped for the user.
      let at = Math.floor(((k + 0.5) / lookups) * total);
      if (at % 50 === 0) at++;
      const start = performance.now();
      await insights.similar(ids[at] as string, { viewer, filters });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) =>
      round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0, 1);
    similar.push({ name, p50Ms: q(0.5), p95Ms: q(0.95), maxMs: q(1) });
    log(`  ${name}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms`);
  }
  // One write, then a lookup: the index takes in the changed postmortem alone (its row, and
  // core's rebuild from the postmortems kept in memory) instead of reading every row again.
  const store = new PostmortemStore(handle);
  const added = await store.create(parsePostmortem(generatePostmortem(99_999, 3000)).model, {
    actor: 'bench',
  });
  const updateStart = performance.now();
  await insights.similar(ids[1] as string, { viewer: USER });
  const indexUpdateMs = round(performance.now() - updateStart, 0);
  log(`  first lookup after one write: ${indexUpdateMs} ms`);
  // Leaves a kept database as it was.
  await handle.db.deleteFrom('audit_log').where('postmortem_id', '=', added.id).execute();
  await handle.db.deleteFrom('postmortems').where('id', '=', added.id).execute();
  return {
    dialect,
    loadSeconds,
    migrateMs: db.migrateMs,
    aggregates,
    indexBuildMs,
    indexUpdateMs,
    similar,
  };
}

interface BenchDatabase {
  handle: DatabaseHandle;
  /** Whether the postmortems are there already (a kept database). */
  loaded: boolean;
  /** How long the migrations took when the database was opened. */
  migrateMs: number;
  /** Records that the load finished, so that a kept database is reused only when complete. */
  markLoaded(): Promise<void>;
  dispose(): Promise<void>;
}

async function openBenchDatabase(
  dialect: 'sqlite' | 'postgres',
  url: string | undefined,
): Promise<BenchDatabase> {
  const migrated = async (handle: DatabaseHandle): Promise<number> => {
    const start = performance.now();
    await migrate(handle);
    return round(performance.now() - start, 0);
  };
  if (dialect === 'sqlite') {
    // A kept database is loaded under a temporary name and renamed once complete.
    const keptDir = join(repoRoot(), 'bench', '.data');
    const kept = join(keptDir, `insights-${datasetKey}.db`);
    const loaded = args.keep && existsSync(kept);
    let dir: string | undefined;
    let file = kept;
    if (!loaded) {
      if (args.keep) mkdirSync(keptDir, { recursive: true });
      dir = mkdtempSync(join(args.keep ? keptDir : tmpdir(), 'insights-loading-'));
      file = join(dir, 'bench.db');
    }
    const db: BenchDatabase = {
      handle: createDatabase({ dialect: 'sqlite', file }),
      loaded,
      migrateMs: 0,
      markLoaded: async () => {
        if (!args.keep) return;
        await db.handle.close();
        renameSync(file, kept);
        db.handle = createDatabase({ dialect: 'sqlite', file: kept });
      },
      dispose: async () => {
        await db.handle.close();
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      },
    };
    db.migrateMs = await migrated(db.handle);
    return db;
  }
  const keptSchema = `bench_insights_${datasetKey.replaceAll('-', '_')}`;
  const loaded = args.keep && (await schemaExists(url as string, keptSchema));
  const schema = loaded ? keptSchema : `bench_${Math.random().toString(36).slice(2, 10)}`;
  if (!loaded) await admin(url as string, (c) => `CREATE SCHEMA ${c.escapeIdentifier(schema)}`);
  let complete = loaded;
  const db: BenchDatabase = {
    handle: createDatabase({ dialect: 'postgres', url: url as string, schema }),
    loaded,
    migrateMs: 0,
    markLoaded: async () => {
      if (!args.keep) return;
      await db.handle.close();
      await admin(
        url as string,
        (c) =>
          `ALTER SCHEMA ${c.escapeIdentifier(schema)} RENAME TO ${c.escapeIdentifier(keptSchema)}`,
      );
      db.handle = createDatabase({ dialect: 'postgres', url: url as string, schema: keptSchema });
      complete = true;
    },
    dispose: async () => {
      await db.handle.close();
      if (!complete)
        await admin(url as string, (c) => `DROP SCHEMA ${c.escapeIdentifier(schema)} CASCADE`);
    },
  };
  db.migrateMs = await migrated(db.handle);
  return db;
}

async function schemaExists(url: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    return (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

async function analyze(handle: DatabaseHandle): Promise<void> {
  // Fresh bulk-loaded tables have no planner statistics until something analyses them.
  const { sql } = await import('kysely');
  await sql`analyze`.execute(handle.db);
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
  process.stderr.write(`insights: ${message}\n`);
  process.exit(2);
}
