import type { Io } from '../io.js';

/** Below this many files, reading is over before a progress line would help. */
export const PROGRESS_MIN_FILES = 200;
const EVERY_MS = 100;

/** A one-line counter on stderr that rewrites itself, and erases itself at the end. */
export interface ProgressLine {
  tick(done: number): void;
  done(): void;
}

/**
 * A progress counter for reading many files, shown only when stderr is a terminal (in a
 * log or a pipe it would be noise) and redrawn at most ten times a second. It is plain
 * text, so NO_COLOR has nothing to remove.
 */
export function progressLine(io: Io, total: number, label: string): ProgressLine {
  if (!io.stderr.isTTY || total < PROGRESS_MIN_FILES) return { tick: () => {}, done: () => {} };
  const clock = io.now ?? (() => new Date());
  let last = 0;
  let shown = false;
  return {
    tick(done) {
      const now = clock().getTime();
      if (now - last < EVERY_MS && done < total) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${label} ${done}/${total}…`);
    },
    done() {
      // Carriage return and "erase line", so that the report starts on a clean line.
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
