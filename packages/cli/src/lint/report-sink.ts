import { resolve } from 'node:path';
import { displayPath } from '../display-path.js';
import type { Io } from '../io.js';
import { writeAtomic } from '../write-atomic.js';

/** Where a report's pieces go as they are made. */
export interface ReportSink {
  write(piece: string): void;
  /** Writes what is still held; a report file appears only now, whole. */
  close(): Promise<void>;
}

/**
 * The report's destination: standard output when `output` is absent or `-`, else that file
 * (relative to the working folder), replaced atomically once the report is complete.
 */
export function reportSink(io: Io, output: string | undefined): ReportSink {
  if (output === undefined || output === '-') return stdoutSink(io);
  const target = resolve(io.cwd, output);
  const pieces: string[] = [];
  return {
    write: (piece) => void pieces.push(piece),
    close: () =>
      writeAtomic(target, pieces.join(''), {
        overwrite: true,
        displayPath: displayPath(target, io.cwd),
      }),
  };
}

/*
 * In chunks of about 64 KB: a report on thousands of files is never held whole, and there are
 * few enough writes that their own cost does not show.
 */
const CHUNK = 65_536;

function stdoutSink(io: Io): ReportSink {
  let chunk = '';
  return {
    write(piece) {
      chunk += piece;
      if (chunk.length < CHUNK) return;
      io.stdout.write(chunk);
      chunk = '';
    },
    close() {
      if (chunk !== '') io.stdout.write(chunk);
      chunk = '';
      return Promise.resolve();
    },
  };
}
