import { describe, expect, it } from 'vitest';
import { fakeIo } from '../test-support/fake-io.js';
import { PROGRESS_MIN_FILES, progressBar } from './progress-bar.js';

function terminalIo(env: Record<string, string | undefined> = {}) {
  const io = fakeIo({ cwd: '/', env });
  return { ...io, stderr: { ...io.stderr, isTTY: true, columns: 60 } };
}

describe('progressBar', () => {
  it('draws on a terminal, at most ten times a second, and erases itself', () => {
    const io = terminalIo();
    let clock = 0;
    const bar = progressBar(io, 400, () => clock);
    bar.update(100);
    clock = 50;
    bar.update(150); // too soon: skipped
    clock = 200;
    bar.update(400);
    bar.finish();
    const frames = io
      .err()
      .split('\r')
      .filter((f) => f.trim() !== '');
    expect(frames).toEqual([
      `linting ${'#'.repeat(8)}${'-'.repeat(22)} 100/400 files`,
      `linting ${'#'.repeat(30)} 400/400 files`,
    ]);
    expect(io.err().endsWith('\r')).toBe(true);
    expect(io.out()).toBe('');
  });

  it('uses colour only when NO_COLOR allows it', () => {
    const io = terminalIo({ NO_COLOR: undefined });
    progressBar(io, 400).update(400);
    expect(io.err()).toContain('\u001b[36m');
  });

  it('stays silent off a terminal and for short runs', () => {
    const piped = fakeIo({ cwd: '/' });
    progressBar(piped, 10_000).update(5);
    expect(piped.err()).toBe('');
    const short = terminalIo();
    progressBar(short, PROGRESS_MIN_FILES - 1).update(5);
    expect(short.err()).toBe('');
  });
});
