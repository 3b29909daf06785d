import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A server running as a child process of the benchmark. */
export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Current and peak resident memory of the process, from /proc (Linux), in MiB. */
  memory(): { rssMiB: number | null; peakRssMiB: number | null };
  /** CPU time the process has used so far (user + system), in seconds; null without /proc. */
  cpuSeconds(): number | null;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  readonly argv: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** A file that receives the child's standard output and error (its request logs). */
  readonly logFile: string;
  readonly port: number;
  /** Polled until it answers 200: `/readyz` for Hindsight. */
  readonly readyPath: string;
  readonly timeoutMs?: number;
}

/** A TCP port that was free a moment ago, for a child to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `argv` as a child process and waits until `readyPath` answers 200. Output goes to a
 * file, not a pipe, so that the benchmark process does no work for the server's logs.
 */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const out = openSync(options.logFile, 'a');
  const [command, ...args] = options.argv;
  if (command === undefined) throw new Error('startServer: empty argv');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', out, out],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the server exited (${String(child.exitCode ?? child.signalCode)}) before it was ready; ` +
          `see ${options.logFile}:\n${tail(options.logFile)}`,
      );
    try {
      const res = await fetch(`${baseUrl}${options.readyPath}`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within the time allowed; see ${options.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return handleOf(child, baseUrl, exited);
}

function handleOf(child: ChildProcess, baseUrl: string, exited: Promise<void>): ServerProcess {
  const pid = child.pid ?? -1;
  return {
    baseUrl,
    pid,
    memory: () => procMemory(pid),
    cpuSeconds: () => procCpuSeconds(pid),
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** VmRSS and VmHWM (the peak) of a process, in MiB; null where /proc is not there. */
export function procMemory(pid: number): { rssMiB: number | null; peakRssMiB: number | null } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string): number | null => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] === undefined ? null : Math.round((Number(match[1]) / 1024) * 10) / 10;
    };
    return { rssMiB: kib('VmRSS'), peakRssMiB: kib('VmHWM') };
  } catch {
    return { rssMiB: null, peakRssMiB: null };
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux build we run on. */
const CLOCK_TICKS = 100;

/**
 * User plus system CPU time of a process so far, in seconds, from /proc/<pid>/stat (fields 14
 * and 15, counted after the command name, which may hold spaces and parentheses); null where
 * /proc is not there.
 */
export function procCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '';
  }
}
