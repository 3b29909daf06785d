import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGnuTime, timedRun } from './timed-run.js';

const REPORT = `\tCommand being timed: "node x.js"
\tUser time (seconds): 1.25
\tSystem time (seconds): 0.50
\tPercent of CPU this job got: 180%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:00.97
\tMaximum resident set size (kbytes): 153600
\tExit status: 0
`;

describe('parseGnuTime', () => {
  it('reads CPU time and peak memory', () => {
    expect(parseGnuTime(REPORT)).toEqual({ cpuSeconds: 1.75, maxRssMiB: 150 });
  });

  it('leaves out what the report lacks', () => {
    expect(parseGnuTime('Command exited with non-zero status 1\n')).toEqual({});
  });
});

describe('timedRun', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-timed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a child with its output in files, and times it', () => {
    const run = timedRun(
      [process.execPath, '-e', 'console.log("out"); console.error("err"); process.exit(3)'],
      {
        cwd: dir,
        stdoutFile: join(dir, 'out.txt'),
        stderrFile: join(dir, 'err.txt'),
        timeFile: join(dir, 'time.txt'),
      },
    );
    expect(run.exitCode).toBe(3);
    expect(run.wallMs).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('out\n');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('err\n');
  });
});
