import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { tempDir } from '../test-support/fake-io.js';
import type { JobOutcome, JobSetup, LintJob } from './lint-job.js';
import { poolSize, runJobs } from './worker-pool.js';

// Worker threads run JavaScript, so the pool is tested with the built worker script.
const BUILT_WORKER = new URL('../../dist/lint/lint-worker.js', import.meta.url);
const BUILT = existsSync(fileURLToPath(BUILT_WORKER));
if (!BUILT) console.warn('worker-pool.test.ts: pool tests skipped; run `npx tsc -b` first.');

describe('poolSize', () => {
  it('keeps small runs in one thread and gives big ones a thread per core', () => {
    expect(poolSize(1, 2)).toBe(1);
    expect(poolSize(399, 2)).toBe(1);
    expect(poolSize(400, 2)).toBe(2);
    expect(poolSize(10_000, 2)).toBe(2);
    expect(poolSize(700, 8)).toBe(3);
    expect(poolSize(0, 8)).toBe(1);
  });
});

describe('runJobs', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const jobs: LintJob[] = [];
  const setup: JobSetup = { config: { profile: 'minimal' }, fix: false, salt: 'test' };
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    for (let i = 0; i < 130; i++) {
      const name = `doc-${String(i).padStart(3, '0')}.md`;
      // Every third document lacks its action items, so results differ between files.
      const text =
        i % 3 === 0 ? LOOSE_POSTMORTEM.replace(/## Action items[\s\S]*/, '') : LOOSE_POSTMORTEM;
      await writeFile(join(dir, name), `${text}\nDocument ${i}.\n`);
      jobs.push({ path: join(dir, name), name });
    }
    jobs.push({ path: join(dir, 'missing.md'), name: 'missing.md' });
  });
  afterAll(() => cleanup());

  it('lints in this thread when asked for one thread', async () => {
    let progress = 0;
    const delivered: JobOutcome[] = [];
    const outcomes = await runJobs(jobs, {
      setup,
      threads: 1,
      onProgress: (n) => (progress = n),
      onOutcome: (outcome) => delivered.push(outcome),
    });
    expect(outcomes).toHaveLength(jobs.length);
    expect(delivered).toEqual(outcomes);
    expect(progress).toBe(jobs.length);
    expect(outcomes.at(-1)).toEqual({
      path: join(dir, 'missing.md'),
      ok: false,
      message: 'missing.md: no such file.',
    });
  });

  it.skipIf(!BUILT)('gives the same outcomes, in the same order, from worker threads', async () => {
    const inProcess = await runJobs(jobs, { setup, threads: 1 });
    const seen: number[] = [];
    const delivered: JobOutcome[] = [];
    const pooled = await runJobs(jobs, {
      setup,
      threads: 2,
      workerUrl: BUILT_WORKER,
      onProgress: (n) => seen.push(n),
      onOutcome: (outcome) => delivered.push(outcome),
    });
    expect(pooled).toEqual(inProcess);
    expect(seen.at(-1)).toBe(jobs.length);
    expect(seen.length).toBeGreaterThan(1);
    // Each outcome is handed over once, as it comes, whatever the order the threads took.
    expect(byPath(delivered)).toEqual(byPath(inProcess));
  });

  it.skipIf(!BUILT)('lints in this thread what a failing worker left undone', async () => {
    const inProcess = await runJobs(jobs, { setup, threads: 1 });
    // One worker script that dies on its second batch, one that cannot even start.
    const dying = join(dir, 'dying-worker.mjs');
    await writeFile(
      dying,
      [
        "import { parentPort } from 'node:worker_threads';",
        'let seen = 0;',
        "parentPort.on('message', () => { if (++seen === 2) process.exit(3); });",
      ].join('\n'),
    );
    const broken = join(dir, 'broken-worker.mjs');
    await writeFile(broken, "throw new Error('cannot start');\n");
    for (const script of [dying, broken]) {
      const delivered: JobOutcome[] = [];
      const outcomes = await runJobs(jobs, {
        setup,
        threads: 2,
        workerUrl: pathToFileURL(script),
        onOutcome: (outcome) => delivered.push(outcome),
      });
      expect(outcomes).toEqual(inProcess);
      expect(byPath(delivered)).toEqual(byPath(inProcess));
    }
    // Not keeping the outcomes changes nothing of what is handed over, failures included.
    const delivered: JobOutcome[] = [];
    const none = await runJobs(jobs, {
      setup,
      threads: 2,
      workerUrl: pathToFileURL(dying),
      onOutcome: (outcome) => delivered.push(outcome),
      keepOutcomes: false,
    });
    expect(none).toEqual([]);
    expect(byPath(delivered)).toEqual(byPath(inProcess));
  });

  it('keeps no outcomes in this thread when told not to, and hands each over', async () => {
    const delivered: JobOutcome[] = [];
    const none = await runJobs(jobs, {
      setup,
      threads: 1,
      onOutcome: (outcome) => delivered.push(outcome),
      keepOutcomes: false,
    });
    expect(none).toEqual([]);
    expect(delivered).toEqual(await runJobs(jobs, { setup, threads: 1 }));
  });

  it('falls back to this thread when there is no worker script', async () => {
    const outcomes = await runJobs(jobs.slice(0, 3), {
      setup,
      threads: 2,
      workerUrl: new URL('file:///nowhere/lint-worker.js'),
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
  });
});

function byPath(outcomes: readonly JobOutcome[]): JobOutcome[] {
  return [...outcomes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
