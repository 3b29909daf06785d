/*
 * The body of each worker thread of the lint pool: it receives batches of files, lints them
 * and posts the outcomes back. All the work is `runLintJob`, shared with in-process runs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runLintJob } from './lint-job.js';
import type { JobOutcome, JobSetup } from './lint-job.js';
import type { WorkerRequest } from './worker-pool.js';
import { toWire } from './worker-wire.js';

const setup = workerData as JobSetup;
const port = parentPort;

port?.on('message', (request: WorkerRequest) => {
  const outcomes = request.jobs.map((job): JobOutcome => runLintJob(job, setup));
  port.postMessage(toWire(request.batch, outcomes));
});
