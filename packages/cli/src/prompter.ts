import { createInterface } from 'node:readline/promises';
import { usageError } from './cli-error.js';
import type { Io } from './io.js';

/** Asks one question at a time on the terminal. */
export interface Prompter {
  /** Writes the question and returns the trimmed answer; throws when input ends first. */
  ask(question: string): Promise<string>;
  /** Writes a line that is not a question (a choice list, a correction). */
  say(line: string): void;
  close(): void;
}

/**
 * A prompter over the io's stdin and stdout. Lines are read through the interface's async
 * iterator, which buffers them, so answers typed (or piped) ahead of a question are not lost.
 */
export function createPrompter(io: Io): Prompter {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question) {
      io.stdout.write(question);
      const next = await lines.next();
      if (next.done) {
        io.stdout.write('\n');
        throw usageError('Input ended before every question was answered; nothing was written.');
      }
      return String(next.value).trim();
    },
    say(line) {
      io.stdout.write(`${line}\n`);
    },
    close() {
      rl.close();
    },
  };
}
