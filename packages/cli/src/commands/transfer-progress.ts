import type { Io } from '../io.js';
import { useColor } from '../io.js';

/** Progress of an import or export, on standard error only. */
export interface TransferProgress {
  update(done: number, total: number): void;
  /** Clears the bar, so that what is printed next starts on a clean line. */
  finish(): void;
}

/** Below this many files a run is over before progress is worth showing. */
export const TRANSFER_PROGRESS_MIN = 100;
const REDRAW_MS = 100;

/**
 * A bar redrawn in place when standard error is a terminal (plain `#` and `-` when NO_COLOR
 * is set); otherwise, for logs, a plain line at each tenth of the way. Never on standard
 * output, so `--json` stays clean.
 */
export function transferProgress(
  io: Io,
  verb: string,
  now: () => number = Date.now,
): TransferProgress {
  let drawn = 0;
  let last = -Infinity;
  let lastTenth = 0;
  if (!io.stderr.isTTY)
    return {
      update(done, total) {
        if (total < TRANSFER_PROGRESS_MIN) return;
        const tenth = Math.floor((done / total) * 10);
        if (tenth <= lastTenth) return;
        lastTenth = tenth;
        io.stderr.write(`${verb} ${done}/${total} files\n`);
      },
      finish: () => undefined,
    };
  const colour = useColor(io, 'stderr');
  const width = Math.max(10, Math.min(40, (io.stderr.columns ?? 80) - 30));
  return {
    update(done, total) {
      if (total < TRANSFER_PROGRESS_MIN) return;
      const t = now();
      if (t - last < REDRAW_MS && done < total) return;
      last = t;
      const filled = Math.round((done / Math.max(1, total)) * width);
      const bar = colour
        ? `\u001b[36m${'█'.repeat(filled)}\u001b[39m\u001b[2m${'░'.repeat(width - filled)}\u001b[22m`
        : `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      const tail = ` ${done}/${total} files`;
      io.stderr.write(`\r${verb} ${bar}${tail}`);
      drawn = verb.length + 1 + width + tail.length;
    },
    finish() {
      if (drawn > 0) io.stderr.write(`\r${' '.repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}
