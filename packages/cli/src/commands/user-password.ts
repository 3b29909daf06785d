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
  const first = await askHidden(io, 'Password: ');
  const second = await askHidden(io, 'Again: ');
  if (first !== second) throw new CliError('invalid_input', 'The two passwords differ.');
  return first;
}

type RawInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };

/** Reads one line from a terminal in raw mode, echoing nothing, with backspace and Ctrl-C. */
function askHidden(io: Io, question: string): Promise<string> {
  const input = io.stdin as RawInput;
  io.stderr.write(question);
  return new Promise((resolvePromise, reject) => {
    let value = '';
    const finish = (error?: Error): void => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      io.stderr.write('\n');
      if (error === undefined) resolvePromise(value);
      else reject(error);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004')
          return finish(usageError('Cancelled; nothing was written.'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    input.setRawMode?.(true);
    input.on('data', onData);
    input.resume();
  });
}
