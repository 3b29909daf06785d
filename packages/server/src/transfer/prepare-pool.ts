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

/** Prepares batches of files, on a worker thread when one is worth it, else in this thread. */
export interface PreparePool {
  prepare(files: readonly string[]): Promise<(PreparedFile | UnpreparedFile)[]>;
  close(): Promise<void>;
}

/**
 * A pool for an import of `fileCount` files. With more than one core and enough files, one
 * worker thread parses while the main thread writes (the database work stays on the main
 * thread, on its one connection). If the worker fails, its batch is prepared here instead.
 */
export function preparePool(
  fileCount: number,
  strict: boolean,
  workerUrl: URL = WORKER_URL,
): PreparePool {
  const useWorker =
    fileCount >= MIN_FILES_FOR_WORKER &&
    availableParallelism() > 1 &&
    existsSync(fileURLToPath(workerUrl));
  if (!useWorker)
    return { prepare: (files) => prepareHere(files, strict), close: () => Promise.resolve() };

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
    async prepare(files) {
      const current = worker;
      if (current === undefined) return prepareHere(files, strict);
      const id = nextId++;
      const results = await new Promise<PrepareReply['results'] | undefined>((resolve) => {
        waiting.set(id, resolve);
        const request: PrepareRequest = { id, files, strict };
        current.postMessage(request);
      });
      return results ?? prepareHere(files, strict);
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
