import { CliError, usageError } from '../cli-error.js';
import { isInteractive } from '../io.js';
import type { Io } from '../io.js';
import { readInput } from '../read-input.js';

/**
 * The new account's password: all of standard input with `--password-stdin` (one trailing
 * newline dropped, so `echo "$PW" | …` works), else asked twice on the terminal without
 * echo. Never a flag value, which would end up in shell history and `ps`.
 */
export async function readNewPassword(io: Io, fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const text = await readInput('-', io.cwd, io.stdin);
    return text.replace(/\r?\n$/, '');
  }
  if (!isInteractive(io))
    throw usageError('No terminal to ask for the password: pipe it in with --password-stdin.');
  const reader = hiddenLineReader(io);
  try {
    const first = await reader.ask('Password: ');
    const second = await reader.ask('Again: ');
    if (first !== second) throw new CliError('invalid_input', 'The two passwords differ.');
    return first;
  } finally {
    reader.close();
  }
}

type RawInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };

/**
 * Reads lines from a terminal in raw mode, echoing nothing, with backspace and Ctrl-C. Keys
 * typed (or pasted) ahead of a question are kept for it, as a normal terminal would.
 */
function hiddenLineReader(io: Io): { ask(question: string): Promise<string>; close(): void } {
  const input = io.stdin as RawInput;
  const lines: string[] = [];
  let current = '';
  let ended: Error | undefined;
  let waiting: (() => void) | undefined;
  const onData = (chunk: Buffer | string): void => {
    for (const char of String(chunk)) {
      if (ended !== undefined) break;
      if (char === '\r' || char === '\n') {
        lines.push(current);
        current = '';
      } else if (char === '\u0003' || char === '\u0004') {
        ended = usageError('Cancelled; nothing was written.');
      } else if (char === '\u007f' || char === '\b') {
        current = [...current].slice(0, -1).join('');
      } else {
        current += char;
      }
    }
    waiting?.();
  };
  const onEnd = (): void => {
    ended ??= usageError('Input ended before the password was given; nothing was written.');
    waiting?.();
  };
  input.setRawMode?.(true);
  input.on('data', onData);
  input.on('end', onEnd);
  input.resume();
  return {
    async ask(question) {
      io.stderr.write(question);
      while (lines.length === 0 && ended === undefined)
        await new Promise<void>((resolveWait) => {
          waiting = resolveWait;
        });
      waiting = undefined;
      io.stderr.write('\n');
      const line = lines.shift();
      if (line === undefined) throw ended ?? usageError('No password given.');
      return line;
    },
    close() {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.setRawMode?.(false);
      input.pause();
    },
  };
}
