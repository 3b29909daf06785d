/** Where lines go: standard error, a file, a test's collector. */
export interface LineSink {
  write(text: string): void;
}

/** Pending text that makes a write at once rather than when the delay ends. */
const FLUSH_BYTES = 64 * 1024;

/** How long a line may wait for others, by default: short enough for anyone tailing the log. */
export const LOG_FLUSH_DELAY_MS = 20;

/**
 * Writes log lines in batches instead of one write each. On Linux, standard error is written
 * synchronously when it is a file or a pipe, so each request line was a system call of its
 * own. A batch was once the lines of one turn of the event loop, but under load a turn holds
 * one or two requests, and that write still cost about 5 % of a cached GET one's CPU
 * (docs/benchmarks.md, API); now the first line waits up to `delayMs` for the others. A crash
 * that skips the process's `exit` event (SIGKILL, a power cut) loses at most that much of the
 * log; `flush` writes everything at once (shutdown, exit).
 *
 * @example
 * const log = new LineBatcher(process.stderr);
 * const app = Fastify({ logger: { stream: log } });
 * process.once('exit', () => log.flush());
 */
export class LineBatcher implements LineSink {
  readonly #sink: LineSink;
  readonly #delayMs: number;
  #pending: string[] = [];
  #bytes = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(sink: LineSink, { delayMs = LOG_FLUSH_DELAY_MS }: { delayMs?: number } = {}) {
    this.#sink = sink;
    this.#delayMs = delayMs;
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#bytes += text.length;
    if (this.#bytes >= FLUSH_BYTES) this.flush();
    else if (this.#timer === undefined) {
      this.#timer = setTimeout(this.#onTimer, this.#delayMs);
      // Pending lines must not keep a process alive that is otherwise done: `exit` flushes.
      this.#timer.unref();
    }
  }

  readonly #onTimer = (): void => {
    this.#timer = undefined;
    this.flush();
  };

  /** Writes every pending line now. */
  flush(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    if (this.#pending.length === 0) return;
    const text = this.#pending.length === 1 ? (this.#pending[0] ?? '') : this.#pending.join('');
    this.#pending = [];
    this.#bytes = 0;
    this.#sink.write(text);
  }
}
