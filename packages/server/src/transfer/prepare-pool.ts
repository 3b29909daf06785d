import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prepareFile } from './prepare-file.js';
import type { PreparedFile, UnpreparedFile } from './prepare-file.js';

export interface PrepareRequest {
  readonly id: number;
  readonly files: readonly string[];
  readonly strict: boolean;
}

export interface PrepareReply {
  readonly id: number;
  readonly results: (PreparedFile | UnpreparedFile)[];
}

/** The compiled worker script; absent when running from TypeScript sources (tests). */
const WORKER_URL = new URL('./prepare-worker.js', import.meta.url);

/** Below this many files a thread costs more to start than it saves. */
export const MIN_FILES_FOR_WORKER = 100;

/**
 * Parse workers at most. The writing thread needs about a third of a file's CPU (docs/import-export.md,
 * "Where the time goes"), so on two cores two workers keep both cores busy and neither side
 * waiting; more would only contend for the same cores.
 */
export const MAX_WORKERS = 2;

/**
 * Prepares batches of files, on worker threads when they are worth it, else in this thread.
 * `depth` is how many batches to have in preparation at once.
 */
export interface PreparePool {
  readonly depth: number;
  prepare(files: readonly string[]): Promise<(PreparedFile | UnpreparedFile)[]>;
  close(): Promise<void>;
}

/**
 * A pool for an import of `fileCount` files. With more than one core and enough files, worker
 * threads parse while the main thread writes (the database work stays on the main thread, on
 * its one connection). A batch goes to the worker with the least to do. If a worker fails,
 * its batches are prepared here instead.
 */
export function preparePool(
  fileCount: number,
  strict: boolean,
  workerUrl: URL = WORKER_URL,
): PreparePool {
  const cores = availableParallelism();
  const useWorker =
    fileCount >= MIN_FILES_FOR_WORKER && cores > 1 && existsSync(fileURLToPath(workerUrl));
  if (!useWorker)
    return {
      depth: 1,
      prepare: (files) => prepareHere(files, strict),
      close: () => Promise.resolve(),
    };
  const workers = Array.from({ length: Math.min(MAX_WORKERS, cores) }, () =>
    startWorker(workerUrl),
  );
  return {
    // One batch more than there are workers, so that a worker that finishes finds the next
    // one waiting rather than idling until the writing thread takes a batch.
    depth: workers.length + 1,
    async prepare(files) {
      const idle = workers.filter((w) => w.alive()).sort((a, b) => a.pending() - b.pending())[0];
      const results = await idle?.prepare({ files, strict });
      return results ?? prepareHere(files, strict);
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

interface PrepareWorker {
  alive(): boolean;
  pending(): number;
  /** The batch's results, or undefined when the worker died first. */
  prepare(request: Omit<PrepareRequest, 'id'>): Promise<PrepareReply['results'] | undefined>;
  close(): Promise<void>;
}

function startWorker(workerUrl: URL): PrepareWorker {
  let worker: Worker | undefined = new Worker(workerUrl);
  let nextId = 0;
  const waiting = new Map<number, (results: PrepareReply['results'] | undefined) => void>();
  const fail = (): void => {
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  worker.on('message', (reply: PrepareReply) => {
    waiting.get(reply.id)?.(reply.results);
    waiting.delete(reply.id);
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  return {
    alive: () => worker !== undefined,
    pending: () => waiting.size,
    prepare(request) {
      const current = worker;
      if (current === undefined) return Promise.resolve(undefined);
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        current.postMessage({ ...request, id } satisfies PrepareRequest);
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current !== undefined) {
        current.removeAllListeners('exit');
        await current.terminate();
      }
    },
  };
}

/** Prepares files in this thread, in order. */
export function prepareHere(
  files: readonly string[],
  strict: boolean,
): Promise<(PreparedFile | UnpreparedFile)[]> {
  return Promise.resolve(files.map((file) => prepareFile(file, { strict })));
}
