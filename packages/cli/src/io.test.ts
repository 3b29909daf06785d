import { describe, expect, it } from 'vitest';
import { isInteractive, paint, useColor } from './io.js';
import { fakeIo } from './test-support/fake-io.js';

describe('colour', () => {
  it('is on for a terminal and off when NO_COLOR is set, even with FORCE_COLOR', () => {
    expect(useColor(fakeIo({ cwd: '/', tty: true, env: { NO_COLOR: undefined } }))).toBe(true);
    expect(useColor(fakeIo({ cwd: '/', tty: true, env: { NO_COLOR: '1' } }))).toBe(false);
    expect(useColor(fakeIo({ cwd: '/', env: { NO_COLOR: '1', FORCE_COLOR: '1' } }))).toBe(false);
  });

  it('is off for a pipe unless FORCE_COLOR asks for it', () => {
    expect(useColor(fakeIo({ cwd: '/', env: { NO_COLOR: undefined } }))).toBe(false);
    expect(useColor(fakeIo({ cwd: '/', env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }))).toBe(
      true,
    );
    expect(useColor(fakeIo({ cwd: '/', env: { NO_COLOR: undefined, FORCE_COLOR: '0' } }))).toBe(
      false,
    );
  });

  it('treats an empty NO_COLOR as unset, as no-color.org says', () => {
    expect(useColor(fakeIo({ cwd: '/', tty: true, env: { NO_COLOR: '' } }))).toBe(true);
  });

  it('paints nothing when off', () => {
    expect(paint(false).red('x')).toBe('x');
    expect(paint(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

describe('isInteractive', () => {
  it('needs both stdin and stdout to be a terminal', () => {
    expect(isInteractive(fakeIo({ cwd: '/', tty: true }))).toBe(true);
    expect(isInteractive(fakeIo({ cwd: '/' }))).toBe(false);
  });
});
