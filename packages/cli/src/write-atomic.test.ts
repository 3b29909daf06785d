import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { tempDir } from './test-support/fake-io.js';
import { writeAtomic } from './write-atomic.js';

describe('writeAtomic', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('creates missing parent folders and leaves no temporary file', async () => {
    const path = join(dir, 'a', 'b', 'pm.md');
    await writeAtomic(path, 'hello', { overwrite: false });
    expect(await readFile(path, 'utf8')).toBe('hello');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['pm.md']);
  });

  it('refuses to replace a file without overwrite, and keeps its content', async () => {
    const path = join(dir, 'pm.md');
    await writeFile(path, 'original');
    const error = await writeAtomic(path, 'new', { overwrite: false, displayPath: 'pm.md' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe('file_exists');
    expect((error as CliError).message).toMatch(/^pm\.md already exists/);
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['pm.md']);
  });

  it('replaces a file with overwrite', async () => {
    const path = join(dir, 'pm.md');
    await writeFile(path, 'original');
    await writeAtomic(path, 'new', { overwrite: true });
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('names the path when it cannot write', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await mkdir(join(dir, 'folder'));
    const error = await writeAtomic(join(dir, 'file', 'pm.md'), 'x', {
      overwrite: false,
      displayPath: 'file/pm.md',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/^file: cannot be written/);
  });
});
