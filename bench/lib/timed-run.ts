import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';

/** `/usr/bin/time`, when the machine has GNU time: it reports a child's peak memory. */
export const GNU_TIME = '/usr/bin/time';

/** One run of a child process: wall time, exit code and, with GNU time, CPU and memory. */
export interface TimedRun {
  wallMs: number;
  exitCode: number | null;
  /** User plus system CPU seconds, from GNU time. */
  cpuSeconds?: number;
  /** Peak resident set size of the child, from GNU time. */
  maxRssMiB?: number;
}

export interface TimedRunOptions {
  cwd: string;
  /** Files that receive the child's standard output and error (the runner reads neither). */
  stdoutFile: string;
  stderrFile: string;
  /** Where GNU time writes its report; the file is read and removed. */
  timeFile: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `argv` to completion and times it. Output goes to files rather than pipes, so the
 * runner does no work of its own while the child runs. With GNU time, its `-v` report gives
 * the child's peak memory and CPU time; the wall time is measured here either way.
 */
export function timedRun(argv: readonly string[], options: TimedRunOptions): TimedRun {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : (argv[0] ?? '');
  const args = useTime ? ['-v', '-o', options.timeFile, ...argv] : argv.slice(1);
  const out = openSync(options.stdoutFile, 'w');
  const err = openSync(options.stderrFile, 'w');
  try {
    const start = performance.now();
    const result = spawnSync(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', out, err],
      env: options.env ?? process.env,
    });
    const wallMs = performance.now() - start;
    if (result.error) throw result.error;
    const run: TimedRun = { wallMs, exitCode: result.status };
    if (useTime && existsSync(options.timeFile)) {
      Object.assign(run, parseGnuTime(readFileSync(options.timeFile, 'utf8')));
      rmSync(options.timeFile, { force: true });
    }
    return run;
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

/**
 * Reads the figures this harness needs from a GNU `time -v` report. GNU time also reports
 * the exit status of a child that failed in a first line, which is ignored here.
 */
export function parseGnuTime(report: string): Pick<TimedRun, 'cpuSeconds' | 'maxRssMiB'> {
  const field = (label: string): number | undefined => {
    const match = new RegExp(`^\\s*${label}: ([\\d.]+)\\s*$`, 'm').exec(report);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  };
  const user = field('User time \\(seconds\\)');
  const system = field('System time \\(seconds\\)');
  const rssKiB = field('Maximum resident set size \\(kbytes\\)');
  return {
    ...(user !== undefined && system !== undefined ? { cpuSeconds: user + system } : {}),
    ...(rssKiB !== undefined ? { maxRssMiB: Math.round((rssKiB / 1024) * 10) / 10 } : {}),
  };
}
