import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Io } from '../io.js';

/** An Io whose output is captured as strings, for calling commands as plain functions. */
export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

export interface FakeIoOptions {
  cwd: string;
  /** What standard input holds (one chunk). */
  stdin?: string;
  /** Pretend stdin and stdout are a terminal, so that `new` asks questions. */
  tty?: boolean;
  env?: Record<string, string | undefined>;
  now?: Date;
}

/** A fake Io: no colour unless asked, a fixed clock, stdin from a string. */
export function fakeIo(options: FakeIoOptions): FakeIo {
  let out = '';
  let err = '';
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]) as Readable & {
    isTTY?: boolean;
  };
  if (options.tty) stdin.isTTY = true;
  const now = options.now ?? new Date(2024, 4, 17, 10, 30);
  return {
    cwd: options.cwd,
    env: { NO_COLOR: '1', ...options.env },
    stdout: {
      write: (chunk: string) => {
        out += chunk;
        return true;
      },
      isTTY: Boolean(options.tty),
    },
    stderr: {
      write: (chunk: string) => {
        err += chunk;
        return true;
      },
    },
    stdin,
    now: () => now,
    out: () => out,
    err: () => err,
  };
}

/** A fresh temporary folder and a function that removes it. */
export async function tempDir(
  prefix = 'hindsight-cli-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
