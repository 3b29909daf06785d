import { describe, expect, it } from 'vitest';
import { fakeIo } from '../test-support/fake-io.js';
import { transferProgress } from './transfer-progress.js';

describe('transferProgress', () => {
  it('writes a plain line at each tenth when standard error is not a terminal', () => {
    const io = fakeIo({ cwd: '/' });
    const progress = transferProgress(io, 'importing');
    for (let done = 0; done <= 200; done++) progress.update(done, 200);
    progress.finish();
    const lines = io.err().trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('importing 20/200 files');
    expect(lines[9]).toBe('importing 200/200 files');
  });

  it('draws a bar in place on a terminal, without colour under NO_COLOR, and clears it', () => {
    const io = fakeIo({ cwd: '/' });
    (io.stderr as { isTTY?: boolean }).isTTY = true;
    let clock = 0;
    const progress = transferProgress(io, 'exporting', () => clock);
    progress.update(100, 400);
    clock += 1000;
    progress.update(400, 400);
    progress.finish();
    const err = io.err();
    expect(err).toContain('\rexporting ##########------------------------------ 100/400 files');
    expect(err).not.toContain('\u001b[');
    expect(err.endsWith('\r')).toBe(true);
  });

  it('stays quiet for small runs', () => {
    const io = fakeIo({ cwd: '/' });
    const progress = transferProgress(io, 'importing');
    for (let done = 0; done <= 10; done++) progress.update(done, 10);
    expect(io.err()).toBe('');
  });
});
