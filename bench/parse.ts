/**
 * Parse benchmark: markdown-it's bare tokeniser against Hindsight's full `parsePostmortem`
 * over 10,000 postmortems (half synthetic, half the real corpus repeated), in one process,
 * warmed up, with alternating repetitions. Target: Hindsight at most 3× markdown-it.
 *
 *   npm run bench -- parse [--only markdown-it|hindsight] [--reps N] [--docs N] [--json] [--check]
 */
import { parseArgs } from 'node:util';
import {
  HINDSIGHT,
  MARKDOWN_IT,
  hindsightContender,
  markdownItContender,
} from './lib/contenders.js';
import { machineInfo, peakRssMiB, round, rssMiB } from './lib/machine.js';
import { measureAlternating, warmUp } from './lib/measure.js';
import type { Contender } from './lib/measure.js';
import { parseDataset } from './lib/parse-dataset.js';
import { benchCorpusDir, resultsFile } from './lib/paths.js';
import { describeMachine, formatNumber, markdownTable, writeJson } from './lib/report.js';

const TARGET_RATIO = 3;

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    reps: { type: 'string', default: '5' },
    docs: { type: 'string', default: '10000' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
  strict: true,
  allowPositionals: false,
});

const repetitions = positiveInt(args.reps, 'reps');
if (repetitions < 3) fail('--reps must be at least 3, so that the median means something');
const total = positiveInt(args.docs, 'docs');
const only = args.only;
if (only !== undefined && only !== MARKDOWN_IT && only !== HINDSIGHT) {
  fail(`--only must be ${MARKDOWN_IT} or ${HINDSIGHT}, not ${only}`);
}

// Progress goes to stderr so that `--json` leaves stdout as clean JSON.
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const machineBefore = machineInfo();
const contenders: Contender[] = [];
if (only !== HINDSIGHT) contenders.push(markdownItContender());
if (only !== MARKDOWN_IT) {
  try {
    contenders.push(await hindsightContender());
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

log(`parse: building ${formatNumber(total)} documents…`);
const data = parseDataset(total, benchCorpusDir());
if (data.warning !== undefined) log(`WARNING: ${data.warning}`);
const rssAfterLoad = rssMiB();
log(
  `parse: ${data.synthetic} synthetic + ${data.corpus} from ${data.corpusFiles} corpus files, ` +
    `${formatNumber(data.bytes / 2 ** 20, 1)} MiB; warming up…`,
);
warmUp(contenders, data.docs, (i) => data.labels[i] ?? `document ${i}`);
log(
  `parse: ${repetitions} alternating repetitions of ${contenders.map((c) => c.name).join(', ')}…`,
);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) log('parse: run node with --expose-gc for steadier figures');
const timings = measureAlternating(contenders, data.docs, { repetitions, beforeEach: gc });

const results = timings.map((t) => ({
  name: t.name,
  runsMs: t.runsMs.map((ms) => round(ms, 1)),
  medianMs: round(t.medianMs, 1),
  docsPerSecond: round((data.docs.length / t.medianMs) * 1000, 0),
  msPerDoc: round(t.medianMs / data.docs.length, 4),
  mibPerSecond: round(data.bytes / 2 ** 20 / (t.medianMs / 1000), 1),
}));
const md = timings.find((t) => t.name === MARKDOWN_IT);
const hs = timings.find((t) => t.name === HINDSIGHT);
const ratio = md !== undefined && hs !== undefined ? round(hs.medianMs / md.medianMs, 2) : null;
const report = {
  benchmark: 'parse',
  date: new Date().toISOString(),
  command: `node bench/run.mjs parse ${process.argv.slice(2).join(' ')}`.trim(),
  machine: { ...machineBefore, loadavgAfter: machineInfo().loadavg },
  dataset: {
    documents: data.docs.length,
    synthetic: data.synthetic,
    corpus: data.corpus,
    corpusFiles: data.corpusFiles,
    mib: round(data.bytes / 2 ** 20, 1),
  },
  repetitions,
  results,
  ratio,
  targetRatio: TARGET_RATIO,
  withinTarget: ratio === null ? null : ratio <= TARGET_RATIO,
  rssAfterLoadMiB: rssAfterLoad,
  peakRssMiB: peakRssMiB(),
};
writeJson(resultsFile('parse'), report);

if (args.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const label = (name: string): string =>
    name === MARKDOWN_IT ? 'markdown-it `md.parse(text, {})`' : 'Hindsight `parsePostmortem(text)`';
  console.log(`\nMachine: ${describeMachine(machineBefore)}`);
  console.log(
    `Dataset: ${report.dataset.documents} documents (${data.synthetic} synthetic, ` +
      `${data.corpus} corpus from ${data.corpusFiles} files), ${report.dataset.mib} MiB\n`,
  );
  console.log(
    markdownTable(
      ['Parser', 'docs/s', 'ms/doc', 'MiB/s', 'median pass (ms)', 'fastest (ms)', 'passes (ms)'],
      results.map((r) => [
        label(r.name),
        formatNumber(r.docsPerSecond),
        formatNumber(r.msPerDoc, 4),
        formatNumber(r.mibPerSecond, 1),
        formatNumber(r.medianMs, 1),
        formatNumber(Math.min(...r.runsMs), 1),
        r.runsMs.map((ms) => formatNumber(ms, 0)).join(', '),
      ]),
    ),
  );
  if (ratio !== null) {
    const verdict = ratio <= TARGET_RATIO ? 'within' : 'OVER';
    console.log(`\nHindsight ÷ markdown-it: ${ratio}× (${verdict} the ${TARGET_RATIO}× target)`);
  }
  console.log(
    `Peak RSS: ${report.peakRssMiB} MiB (process; ${rssAfterLoad} MiB after loading documents)`,
  );
  console.log(`Load average after: ${report.machine.loadavgAfter.join(' / ')}`);
  console.log(`Results written to bench/results/parse.json`);
}

if (args.check && ratio !== null && ratio > TARGET_RATIO) {
  fail(`Hindsight is ${ratio}× markdown-it, over the ${TARGET_RATIO}× target`);
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`--${name} must be a positive integer, not ${value}`);
  return n;
}

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}
