/** Where lines go: standard error, a file, a test's collector. */
export interface LineSink {
  write(text: string): void;
}

/** Pending text that makes a write at once rather than at the end of the turn. */
const FLUSH_BYTES = 64 * 1024;

/**
 * Writes log lines in one batch per turn of the event loop instead of one write each. On
 * Linux, standard error is written synchronously when it is a file or a pipe, so each request
 * line was a system call of its own; under load many requests finish in one turn and now
 * share one. A line waits at most until the current turn ends (`setImmediate`), so a crash
 * loses at most the lines of that turn; `flush` writes them at once (shutdown, exit).
 *
 * @example
 * const log = new LineBatcher(process.stderr);
 * const app = Fastify({ logger: { stream: log } });
 * process.once('exit', () => log.flush());
 */
export class LineBatcher implements LineSink {
  readonly #sink: LineSink;
  #pending: string[] = [];
  #bytes = 0;
  #scheduled = false;

  constructor(sink: LineSink) {
    this.#sink = sink;
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#bytes += text.length;
    if (this.#bytes >= FLUSH_BYTES) this.flush();
    else if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => {
        this.#scheduled = false;
        this.flush();
      });
    }
  }

  /** Writes every pending line now. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const text = this.#pending.length === 1 ? (this.#pending[0] ?? '') : this.#pending.join('');
    this.#pending = [];
    this.#bytes = 0;
    this.#sink.write(text);
  }
}
