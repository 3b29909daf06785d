import type { Io } from '../io.js';
import { useColor } from '../io.js';

/** A progress display for a run; both methods do nothing when no bar is shown. */
export interface Progress {
  /** Whether a bar is drawn at all. */
  readonly shown: boolean;
  update(done: number): void;
  /** Erases the bar, so that what is printed next starts on a clean line. */
  finish(): void;
}

/** Below this many files a run is over before a bar would be worth looking at. */
export const PROGRESS_MIN_FILES = 200;

/* Redrawing costs a terminal write; ten times a second looks smooth enough. */
const REDRAW_MS = 100;

const SILENT: Progress = { shown: false, update: () => undefined, finish: () => undefined };

/**
 * A one-line progress bar on standard error, only when standard error is a terminal and the
 * run is long enough. It never touches standard output, so reports in any format stay
 * clean, and it is drawn without colour when NO_COLOR is set.
 */
export function progressBar(io: Io, total: number, now: () => number = Date.now): Progress {
  if (!io.stderr.isTTY || total < PROGRESS_MIN_FILES) return SILENT;
  const colour = useColor(io, 'stderr');
  const width = Math.max(10, Math.min(40, (io.stderr.columns ?? 80) - 30));
  let last = -Infinity;
  let drawn = 0;
  const draw = (done: number): void => {
    const filled = Math.round((done / total) * width);
    const bar = colour
      ? `\u001b[36m${'█'.repeat(filled)}\u001b[39m\u001b[2m${'░'.repeat(width - filled)}\u001b[22m`
      : `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const line = `linting ${bar} ${done}/${total} files`;
    io.stderr.write(`\r${line}`);
    drawn = `linting ${'#'.repeat(width)} ${done}/${total} files`.length;
  };
  return {
    shown: true,
    update(done) {
      const t = now();
      if (t - last < REDRAW_MS && done < total) return;
      last = t;
      draw(done);
    },
    finish() {
      if (drawn > 0) io.stderr.write(`\r${' '.repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}
