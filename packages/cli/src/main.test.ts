import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import type { CommandDefinition } from './command-definition.js';
import { main } from './main.js';
import { cliVersion } from './package-info.js';
import { BROKEN_POSTMORTEM } from './test-support/documents.js';
import { fakeIo, tempDir } from './test-support/fake-io.js';

function failingCommand(error: unknown): CommandDefinition {
  return {
    name: 'boom',
    arguments: [],
    summary: 'fail on purpose',
    options: [],
    examples: [],
    run: () => Promise.reject(error instanceof Error ? error : new Error(String(error))),
  };
}

describe('main', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('prints help with examples and exits 0', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['parse', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: hindsight parse [options] <file>');
    expect(io.out()).toContain('Examples:');
  });

  it('prints the version and exits 0', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${cliVersion()}\n`);
  });

  it('exits 2 on a usage error from commander', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['parse', 'x.md', '--bogus'], io)).toBe(2);
    expect(io.err()).toContain("unknown option '--bogus'");
    expect(await main([], fakeIo({ cwd: dir }))).toBe(2);
    expect(await main(['frobnicate'], fakeIo({ cwd: dir }))).toBe(2);
  });

  it('exits 2 with one line naming the file when it is missing', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['parse', 'missing.md'], io)).toBe(2);
    expect(io.err()).toBe('error: missing.md: no such file.\n');
  });

  it('exits 1 for findings with --strict', async () => {
    await writeFile(join(dir, 'broken.md'), BROKEN_POSTMORTEM);
    expect(await main(['parse', 'broken.md', '--strict'], fakeIo({ cwd: dir }))).toBe(1);
    expect(await main(['parse', 'broken.md'], fakeIo({ cwd: dir }))).toBe(0);
  });

  it('passes repeated flags through to the command', async () => {
    const io = fakeIo({ cwd: dir });
    expect(
      await main(['new', '--title', 'T', '--author', 'A', '--author', 'B', '-o', '-'], io),
    ).toBe(0);
    expect(io.out()).toContain('authors:\n  - A\n  - B\n');
  });

  it('prints a user error as one line', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['boom'], io, [failingCommand(new CliError('usage', 'bad\nthing'))])).toBe(2);
    expect(io.err()).toBe('error: bad thing\n');
  });

  it('prints an unexpected error as one "internal error" line, with the stack only when debugging', async () => {
    const quiet = fakeIo({ cwd: dir });
    expect(await main(['boom'], quiet, [failingCommand(new TypeError('x is undefined'))])).toBe(2);
    expect(quiet.err()).toBe(
      'internal error: x is undefined (set HINDSIGHT_DEBUG=1 for details)\n',
    );

    const loud = fakeIo({ cwd: dir, env: { HINDSIGHT_DEBUG: '1' } });
    expect(await main(['boom'], loud, [failingCommand(new TypeError('x is undefined'))])).toBe(2);
    expect(loud.err()).toMatch(
      /^internal error: x is undefined\nTypeError: x is undefined\n\s+at /,
    );
  });
});
