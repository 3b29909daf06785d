/**
 * Lint benchmark: the built `hindsight lint` against markdownlint-cli2 and against parsing
 * alone, each a child process over the same 10,000 synthetic postmortems on disk, with
 * alternating repetitions; then `hindsight lint --cache` over the unchanged files.
 * Targets: hindsight ÷ markdownlint-cli2 ≤ 0.25, lint ÷ parse-only ≤ 1.5, peak memory of the
 * hindsight process ≤ 300 MB, a warm-cache run under 1 s.
 *
 *   npm run bench -- lint [--reps N] [--docs N] [--json] [--check] [--keep]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeLintDataset } from './lib/lint-dataset.js';
import { machineInfo, round } from './lib/machine.js';
import { median } from './lib/measure.js';
import { repoRoot, resultsFile } from './lib/paths.js';
import { describeMachine, formatNumber, markdownTable, writeJson } from './lib/report.js';
import { GNU_TIME, timedRun } from './lib/timed-run.js';
import type { TimedRun } from './lib/timed-run.js';

/** `peakRssMiB` is the target's 300 MB in the MiB that the process's peak is measured in. */
const TARGETS = {
  vsMarkdownlint: 0.25,
  vsParse: 1.5,
  peakRssMiB: 300e6 / 2 ** 20,
  warmCacheMs: 1000,
};

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    docs: { type: 'string', default: '10000' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
  allowPositionals: false,
});
const repetitions = positiveInt(args.reps, 'reps');
if (repetitions < 3) fail('--reps must be at least 3, so that the median means something');
const total = positiveInt(args.docs, 'docs');

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const root = repoRoot();
const hindsightBin = join(root, 'packages', 'cli', 'bin', 'hindsight.js');
const markdownlintBin = join(
  root,
  'node_modules',
  'markdownlint-cli2',
  'markdownlint-cli2-bin.mjs',
);
const parseOnlyScript = join(root, 'bench', 'dist', 'bench', 'lib', 'parse-only.js');
if (!existsSync(join(root, 'packages', 'cli', 'dist', 'main.js'))) {
  fail('the CLI is not built; run `npx tsc -b` (npm run bench does it)');
}
if (!existsSync(markdownlintBin)) fail('markdownlint-cli2 is missing; run `npm install`');

const machineBefore = machineInfo();
const work = mkdtempSync(join(tmpdir(), 'hindsight-bench-lint-'));
const docsDir = 'docs';
log(`lint: writing ${formatNumber(total)} postmortems under ${join(work, docsDir)}…`);
const bytes = writeLintDataset(join(work, docsDir), total);

interface Contender {
  name: string;
  label: string;
  argv: string[];
  /** Exit codes that mean the run worked (linters exit 1 when they find problems). */
  okCodes: number[];
}

const node = process.execPath;
const contenders: Contender[] = [
  {
    name: 'hindsight',
    label: '`hindsight lint docs --profile standard`',
    argv: [node, hindsightBin, 'lint', docsDir, '--profile', 'standard'],
    okCodes: [0, 1],
  },
  {
    name: 'markdownlint-cli2',
    label: '`markdownlint-cli2 "docs/**/*.md"` (default rules)',
    argv: [node, markdownlintBin, `${docsDir}/**/*.md`],
    okCodes: [0, 1],
  },
  {
    name: 'parse-only',
    label: 'parse only (same file reading, `parsePostmortem`, no rules)',
    argv: [node, parseOnlyScript, docsDir],
    okCodes: [0],
  },
];
const cacheFile = join(work, 'lint-cache.json');
const warmCache: Contender = {
  name: 'hindsight-warm-cache',
  label: '`hindsight lint docs --profile standard --cache` (all files unchanged)',
  argv: [...(contenders[0]?.argv ?? []), '--cache', '--cache-location', cacheFile],
  okCodes: [0, 1],
};

// Colour and the progress bar off, as in CI; the children write to files, not a terminal.
const env = { ...process.env, NO_COLOR: '1', HINDSIGHT_DEBUG: '1' };
const run = (c: Contender, tag: string): TimedRun => {
  const stdoutFile = join(work, `${c.name}.${tag}.out`);
  const stderrFile = join(work, `${c.name}.${tag}.err`);
  const result = timedRun(c.argv, {
    cwd: work,
    stdoutFile,
    stderrFile,
    timeFile: join(work, 'time.txt'),
    env,
  });
  if (result.exitCode === null || !c.okCodes.includes(result.exitCode)) {
    const stderr = readFileSync(stderrFile, 'utf8').slice(0, 2000);
    fail(`${c.name} exited with ${String(result.exitCode)}:\n${stderr}`);
  }
  return result;
};

log('lint: one untimed run of each (warms the file cache, proves each works)…');
for (const c of contenders) run(c, 'warmup');
log(`lint: ${repetitions} alternating repetitions of ${contenders.map((c) => c.name).join(', ')}…`);
const runs = new Map<string, TimedRun[]>(contenders.map((c) => [c.name, []]));
for (let rep = 0; rep < repetitions; rep++) {
  const order = rep % 2 === 0 ? contenders : [...contenders].reverse();
  for (const c of order) {
    const r = run(c, 'timed');
    runs.get(c.name)?.push(r);
    log(`  ${c.name}: ${formatNumber(r.wallMs / 1000, 2)} s`);
  }
}

log('lint: filling the cache, then timing runs over unchanged files…');
const fill = run(warmCache, 'fill');
const warmRuns: TimedRun[] = [];
for (let rep = 0; rep < repetitions; rep++) warmRuns.push(run(warmCache, 'warm'));
// A warm run must report exactly what linting every file reports.
const sameReport =
  readFileSync(join(work, 'hindsight.timed.out'), 'utf8') ===
  readFileSync(join(work, 'hindsight-warm-cache.warm.out'), 'utf8');

const summarise = (name: string, label: string, list: readonly TimedRun[]) => {
  const wall = median(list.map((r) => r.wallMs));
  const cpu = list.map((r) => r.cpuSeconds).filter((v): v is number => v !== undefined);
  const rss = list.map((r) => r.maxRssMiB).filter((v): v is number => v !== undefined);
  return {
    name,
    label,
    runsMs: list.map((r) => round(r.wallMs, 0)),
    medianMs: round(wall, 0),
    docsPerSecond: round((total / wall) * 1000, 0),
    medianCpuSeconds: cpu.length > 0 ? round(median(cpu), 2) : null,
    peakRssMiB: rss.length > 0 ? Math.max(...rss) : null,
  };
};
const results = contenders.map((c) => summarise(c.name, c.label, runs.get(c.name) ?? []));
const warm = summarise(warmCache.name, warmCache.label, warmRuns);
const [hs, mdl, parse] = results;
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  // Three places: the verdicts compare these, and two places let 1.504 pass as 1.50.
  a === null || a === undefined || b === null || b === undefined ? null : round(a / b, 3);
const figures = {
  vsMarkdownlint: ratio(hs?.medianMs, mdl?.medianMs),
  vsParse: ratio(hs?.medianMs, parse?.medianMs),
  vsParseCpu: ratio(hs?.medianCpuSeconds, parse?.medianCpuSeconds),
  peakRssMiB: hs?.peakRssMiB ?? null,
  warmCacheMs: warm.medianMs,
};
const within = {
  vsMarkdownlint:
    figures.vsMarkdownlint !== null && figures.vsMarkdownlint <= TARGETS.vsMarkdownlint,
  vsParse: figures.vsParse !== null && figures.vsParse <= TARGETS.vsParse,
  peakRssMiB: figures.peakRssMiB !== null && figures.peakRssMiB <= TARGETS.peakRssMiB,
  warmCacheMs: figures.warmCacheMs < TARGETS.warmCacheMs,
};

const report = {
  benchmark: 'lint',
  date: new Date().toISOString(),
  command: `node bench/run.mjs lint ${process.argv.slice(2).join(' ')}`.trim(),
  machine: { ...machineBefore, loadavgAfter: machineInfo().loadavg },
  memoryMeasuredWith: existsSync(GNU_TIME) ? `${GNU_TIME} -v` : null,
  dataset: { documents: total, mib: round(bytes / 2 ** 20, 1), folder: join(work, docsDir) },
  repetitions,
  results,
  cacheFillMs: round(fill.wallMs, 0),
  warmCache: { ...warm, sameReportAsWithoutCache: sameReport },
  figures,
  targets: TARGETS,
  within,
};
writeJson(resultsFile('lint'), report);

if (args.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const cell = (n: number | null, digits = 0): string =>
    n === null ? 'n/a' : formatNumber(n, digits);
  console.log(`\nMachine: ${describeMachine(machineBefore)}`);
  console.log(
    `Dataset: ${formatNumber(total)} synthetic postmortems on disk, ${report.dataset.mib} MiB\n`,
  );
  console.log(
    markdownTable(
      ['Run', 'median wall (s)', 'docs/s', 'CPU user+sys (s)', 'peak RSS (MiB)', 'runs (s)'],
      [...results, warm].map((r) => [
        r.label,
        formatNumber(r.medianMs / 1000, 2),
        formatNumber(r.docsPerSecond),
        cell(r.medianCpuSeconds, 2),
        cell(r.peakRssMiB, 0),
        r.runsMs.map((ms) => formatNumber(ms / 1000, 2)).join(', '),
      ]),
    ),
  );
  const verdict = (ok: boolean): string => (ok ? 'within' : 'OVER');
  console.log(
    `\nhindsight ÷ markdownlint-cli2: ${cell(figures.vsMarkdownlint, 2)} (${verdict(within.vsMarkdownlint)} the ≤ ${TARGETS.vsMarkdownlint} target)`,
  );
  console.log(
    `lint ÷ parse-only: ${cell(figures.vsParse, 2)} wall (${verdict(within.vsParse)} the ≤ ${TARGETS.vsParse} target), ${cell(figures.vsParseCpu, 2)} in CPU time`,
  );
  console.log(
    `Peak memory of hindsight lint: ${cell(figures.peakRssMiB)} MiB (${verdict(within.peakRssMiB)} the ≤ 300 MB target, ${TARGETS.peakRssMiB.toFixed(1)} MiB)`,
  );
  console.log(
    `Warm cache, ${formatNumber(total)} unchanged files: ${formatNumber(warm.medianMs / 1000, 2)} s (${verdict(within.warmCacheMs)} the < 1 s target); ` +
      `filling it took ${formatNumber(fill.wallMs / 1000, 2)} s; same report as without the cache: ${sameReport ? 'yes' : 'NO'}`,
  );
  console.log('Results written to bench/results/lint.json');
}

if (args.keep) log(`lint: kept ${work}`);
else rmSync(work, { recursive: true, force: true });

if (!sameReport) fail('the warm-cache run reported something else than the run without cache');
if (args.check && Object.values(within).includes(false)) fail('a target was missed (see above)');

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`--${name} must be a positive integer, not ${value}`);
  return n;
}

function fail(message: string): never {
  process.stderr.write(`lint: ${message}\n`);
  process.exit(2);
}
