import { basename } from 'node:path';
import { parsePostmortem } from '@hindsight/core/markdown';
import type { Postmortem } from '@hindsight/core';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';
import { readInput } from '../read-input.js';
import { reasonOf } from './find-postmortem-files.js';
import { progressLine } from './progress-line.js';

/** A file that could not be read as a postmortem, and why. */
export interface UnreadableFile {
  path: string;
  reason: string;
}

export interface LoadedPostmortems {
  /** Parsed postmortems, in the order of `paths`. */
  models: Postmortem[];
  /** The absolute path of each model. */
  paths: string[];
  unreadable: UnreadableFile[];
}

// Enough reads in flight to hide disk latency without holding thousands of files open.
const BATCH = 32;

/**
 * Reads and parses every file. A file that cannot be read (permissions, too large, binary)
 * is listed in `unreadable` and the others go on; the parser itself never fails.
 */
export async function loadPostmortems(
  files: readonly string[],
  io: Io,
): Promise<LoadedPostmortems> {
  const progress = progressLine(io, files.length, 'Reading postmortems');
  const models: Postmortem[] = [];
  const paths: string[] = [];
  const unreadable: UnreadableFile[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const texts = await Promise.allSettled(batch.map((path) => readInput(path, io.cwd)));
    texts.forEach((text, i) => {
      const path = batch[i] as string;
      if (text.status === 'rejected') {
        unreadable.push({ path, reason: unreadableReason(text.reason, path) });
        return;
      }
      models.push(parsePostmortem(text.value, { fileName: basename(path) }).model);
      paths.push(path);
    });
    progress.tick(Math.min(files.length, start + BATCH));
  }
  progress.done();
  return { models, paths, unreadable };
}

function unreadableReason(error: unknown, path: string): string {
  if (!(error instanceof CliError)) return reasonOf(error);
  // readInput's messages start with the path, which the report shows already.
  const message = error.message.startsWith(path)
    ? error.message.slice(path.length).replace(/^:?\s*/, '')
    : error.message;
  return message.replace(/\.$/, '');
}
