import { describe, expect, it } from 'vitest';
import { fakeIo } from '../test-support/fake-io.js';
import { PROGRESS_MIN_FILES, progressLine } from './progress-line.js';

describe('progressLine', () => {
  it('counts on a terminal and erases itself at the end', () => {
    const io = fakeIo({ cwd: '.' });
    io.stderr.isTTY = true;
    const progress = progressLine(io, PROGRESS_MIN_FILES, 'Reading');
    progress.tick(10);
    progress.tick(20); // Same instant: not redrawn.
    progress.tick(PROGRESS_MIN_FILES); // The last one always is.
    progress.done();
    expect(io.err()).toBe(
      `\rReading 10/${PROGRESS_MIN_FILES}…\rReading ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES}…\r\u001b[K`,
    );
  });

  it('stays silent when stderr is not a terminal, or for a few files', () => {
    const piped = fakeIo({ cwd: '.' });
    const p = progressLine(piped, 10_000, 'Reading');
    p.tick(5_000);
    p.done();
    expect(piped.err()).toBe('');
    const few = fakeIo({ cwd: '.' });
    few.stderr.isTTY = true;
    const q = progressLine(few, 3, 'Reading');
    q.tick(3);
    q.done();
    expect(few.err()).toBe('');
  });
});
