#!/usr/bin/env node
// Compiles and runs the benchmarks: `node bench/run.mjs [name…] [flags]`; no name runs all.
// Names are the top-level bench/*.ts files; every other argument goes to each benchmark.
// Core is built first because benchmarks import the built @hindsight/core, not its sources.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const available = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

const args = process.argv.slice(2);
const names = args.filter((a) => available.includes(a));
const flags = args.filter((a) => !available.includes(a));
if (flags.includes('--help') || flags.includes('-h')) {
  console.log(`usage: node bench/run.mjs [${available.join('|')}…] [flags]`);
  console.log(
    'parse flags: --only markdown-it|hindsight, --reps N (≥3), --docs N, --json, --check',
  );
  console.log('lint flags: --reps N (≥3), --docs N, --json, --check, --keep');
  console.log(
    'insights flags: --docs N, --distinct N, --reps N, --lookups N, --dialect sqlite|postgres|both, --keep, --json',
  );
  console.log(
    'action-items flags: --docs N, --items N, --reps N, --dialect sqlite|postgres|both, --json',
  );
  console.log('web-editor flags: --words N (≥100), --keys N (≥5), --json');
  console.log(
    'api flags: --docs N, --import-docs N, --duration S, --connections N, --rounds N, ' +
      '--search-reps N, --postgres URL, --fresh, --json, --check, --keep',
  );
  process.exit(0);
}

// markdown-it alone needs nothing from core's build, so it can run while core does not compile.
const onlyMarkdownIt = flags.some((f, i) =>
  f === '--only' ? flags[i + 1] === 'markdown-it' : f === '--only=markdown-it',
);
// Benchmarks import the built core package, so build it (only core: it needs nothing else).
// The lint and API benchmarks run the built CLI and server, so they need the whole workspace.
const selected = names.length > 0 ? names : available;
if (selected.includes('lint') || selected.includes('api'))
  run('building the workspace (tsc -b)', [tsc, '-b']);
else if (!onlyMarkdownIt) run('building core (tsc -b packages/core)', [tsc, '-b', 'packages/core']);
run('compiling benchmarks (tsc -p bench)', [tsc, '-p', 'bench']);
for (const name of selected) {
  // --expose-gc lets the harness collect garbage between passes, so one pass does not pay
  // for the previous one's allocations.
  run(`benchmark ${name}`, ['--expose-gc', `bench/dist/bench/${name}.js`, ...flags]);
}

function run(what, argv) {
  process.stderr.write(`bench: ${what}\n`);
  const result = spawnSync(process.execPath, argv, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`bench: ${what} failed\n`);
    process.exit(result.status ?? 1);
  }
}
