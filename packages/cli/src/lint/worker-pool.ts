import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runLintJob } from './lint-job.js';
import type { JobOutcome, JobSetup, LintJob } from './lint-job.js';
import { fromWire, toWire } from './worker-wire.js';
import type { WorkerReply } from './worker-wire.js';

/** A batch of files sent to a worker thread. */
export interface WorkerRequest {
  batch: number;
  jobs: LintJob[];
}

/** The compiled worker script; absent when running from TypeScript sources (tests). */
export const WORKER_URL = new URL('./lint-worker.js', import.meta.url);

/*
 * Files each worker must have before the pool pays for itself. A worker costs about as much
 * as linting 150 to 200 files in the main thread: Node starts a new isolate, loads and
 * compiles every module again, and runs its first files unoptimised. Measured on the
 * project's 2-core machine, two workers used 0.6 to 1.4 s more CPU than one thread whatever
 * the run's size, and were no faster on runs of 100 to 400 files.
 */
const FILES_PER_WORKER = 200;

/**
 * How many worker threads a run of `fileCount` files gets: one per 200 files, at most one per
 * core; a run too small for two stays in the main thread (1 means no pool).
 */
export function poolSize(fileCount: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(fileCount / FILES_PER_WORKER)));
}

export interface RunJobsOptions {
  setup: JobSetup;
  /** Worker threads to use; 1 (or no worker script) lints in this thread. */
  threads: number;
  /** Called with the number of files finished so far. */
  onProgress?: (done: number) => void;
  /**
   * Called with each job's outcome as soon as it is known, in whatever order the threads
   * finish them, so that a report can be written while the rest is linted.
   */
  onOutcome?: (outcome: JobOutcome) => void;
  /**
   * Keep every outcome to return them at the end (default true). A caller that takes each
   * one through `onOutcome` passes false, so that no thread holds the results of a whole run.
   */
  keepOutcomes?: boolean;
  workerUrl?: URL;
}

/**
 * Lints every job and returns the outcomes in the order of `jobs` (none when told not to keep
 * them). With more than one thread, files go to a pool of worker threads in small batches,
 * each worker asking for the next batch as it finishes one, so that a slow file does not hold
 * up a whole share of the run.
 */
export async function runJobs(
  jobs: readonly LintJob[],
  options: RunJobsOptions,
): Promise<JobOutcome[]> {
  const workerUrl = options.workerUrl ?? WORKER_URL;
  const threads = Math.min(options.threads, jobs.length);
  const keep = options.keepOutcomes !== false;
  if (threads <= 1 || !existsSync(fileURLToPath(workerUrl))) {
    const kept: JobOutcome[] = [];
    jobs.forEach((job, i) => {
      const outcome = runLintJob(job, options.setup);
      options.onOutcome?.(outcome);
      options.onProgress?.(i + 1);
      if (keep) kept.push(outcome);
    });
    return kept;
  }
  return runInWorkers(jobs, threads, workerUrl, options);
}

/*
 * Each worker's heap is capped. Without a cap V8 lets a busy thread's heap grow far beyond
 * what it keeps alive (about 20 MB here): two workers and the main thread took 450 MB over
 * 10,000 files, against the 300 MB a run may take. The young generation's size is what
 * mattered (8 MB: 260 MB in all; 16 MB: 280 MB), at no measurable cost in time; the old
 * generation's cap is a guard. A file too big for it only costs time: its batch is linted
 * again in the main thread, which has no cap.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

/** Stands for a finished batch whose outcomes were not kept. */
const NONE: JobOutcome[] = [];

async function runInWorkers(
  jobs: readonly LintJob[],
  threads: number,
  workerUrl: URL,
  options: RunJobsOptions,
): Promise<JobOutcome[]> {
  // Batches small enough to balance the load, large enough that messages cost little.
  const batchSize = Math.max(1, Math.min(64, Math.ceil(jobs.length / (threads * 16))));
  const batches: LintJob[][] = [];
  for (let i = 0; i < jobs.length; i += batchSize) batches.push(jobs.slice(i, i + batchSize));
  // Filled, not sparse: flatMap below must visit the batches no worker finished. A finished
  // batch's outcomes are kept only when the caller wants them back.
  const keep = options.keepOutcomes !== false;
  const results = Array.from({ length: batches.length }, (): JobOutcome[] | undefined => undefined);
  const workers: Worker[] = [];
  const inFlight = new Map<Worker, Set<number>>();
  let next = 0;
  let done = 0;
  let mainBusy = false;
  let replies = 0;
  let finished = false;
  const deliver = (batch: number, outcomes: JobOutcome[]): void => {
    results[batch] = keep ? outcomes : NONE;
    for (const outcome of outcomes) options.onOutcome?.(outcome);
    done += outcomes.length;
    options.onProgress?.(done);
  };

  try {
    await new Promise<void>((resolvePool) => {
      const settle = (): void => {
        // Finished when no batch waits and no live worker still holds one.
        const busy = mainBusy || [...inFlight.values()].some((held) => held.size > 0);
        if (!busy && (next >= batches.length || inFlight.size === 0)) {
          finished = true;
          resolvePool();
        }
      };
      const send = (worker: Worker): void => {
        if (next >= batches.length) return;
        const request: WorkerRequest = { batch: next, jobs: batches[next] ?? [] };
        inFlight.get(worker)?.add(next);
        next++;
        worker.postMessage(request);
      };
      /*
       * Until the first worker answers, the main thread lints batches too: each worker
       * spends its first few hundred milliseconds loading and compiling the code, while this
       * thread, which has it loaded, would sit idle. It stops at the first reply, because
       * from then on the workers keep both cores busy, and this thread's heap has no cap: when
       * it linted a full share, the run's peak memory rose from 250 to 340 MB. Its results go
       * through the workers' compact encoding, so they take no more memory than theirs.
       */
      const lintHere = async (): Promise<void> => {
        mainBusy = true;
        while (!finished && next < batches.length && replies === 0) {
          const batch = next++;
          const outcomes = (batches[batch] ?? []).map((job) => runLintJob(job, options.setup));
          deliver(batch, fromWire(toWire(batch, outcomes)));
          // Let the workers' replies in before the next batch, so that no worker waits.
          await new Promise<void>((go) => setImmediate(go));
        }
        mainBusy = false;
        settle();
      };
      const retire = (worker: Worker): void => {
        // Its unfinished batches are left undone here and run in the main thread below.
        inFlight.delete(worker);
        settle();
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(workerUrl, {
          workerData: options.setup,
          resourceLimits: WORKER_LIMITS,
        });
        workers.push(worker);
        inFlight.set(worker, new Set());
        worker.on('message', (reply: WorkerReply) => {
          replies++;
          inFlight.get(worker)?.delete(reply.batch);
          // The worker gets its next batch before the main thread reports on this one.
          send(worker);
          deliver(reply.batch, fromWire(reply));
          settle();
        });
        worker.on('error', () => retire(worker));
        worker.on('exit', () => retire(worker));
        // Two batches in flight per worker, so it never waits for the main thread's reply.
        send(worker);
        send(worker);
      }
      void lintHere();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Batches a failed worker left behind, and any never sent if every worker failed.
  results.forEach((outcomes, batch) => {
    if (outcomes !== undefined) return;
    deliver(
      batch,
      (batches[batch] ?? []).map((job) => runLintJob(job, options.setup)),
    );
  });
  return results.flatMap((outcomes) => outcomes ?? []);
}
