import { parentPort } from 'node:worker_threads';
import { prepareFile } from './prepare-file.js';
import type { PrepareReply, PrepareRequest } from './prepare-pool.js';

/**
 * A worker thread that reads, parses and checks files for an import, so that parsing runs on
 * another core while the main thread writes the previous batch to the database.
 */
parentPort?.on('message', (request: PrepareRequest) => {
  const results = request.files.map((file) => prepareFile(file, { strict: request.strict }));
  const reply: PrepareReply = { id: request.id, results };
  parentPort?.postMessage(reply);
});
