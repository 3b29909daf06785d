import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fake-io.js';
import { findPostmortemFiles } from './find-postmortem-files.js';

describe('findPostmortemFiles', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('hindsight-find-'));
    const files = [
      'a.md',
      'notes.txt',
      'b.MARKDOWN',
      'sub/deeper/c.md',
      'node_modules/pkg/README.md',
      '.hidden/d.md',
      'sub/.cache/e.md',
    ];
    for (const file of files) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), '# x\n');
    }
    await symlink(join(dir, 'sub'), join(dir, 'loop'));
  });
  afterEach(() => cleanup());

  it('finds Markdown files recursively, skipping node_modules, dot-folders and links', async () => {
    const found = await findPostmortemFiles(['.'], dir);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.md',
      'b.MARKDOWN',
      'sub/deeper/c.md',
    ]);
    expect(found.unlisted).toEqual([]);
  });

  it('takes a named file whatever its extension, and each file once', async () => {
    const found = await findPostmortemFiles(['notes.txt', 'a.md', '.'], dir);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'notes.txt',
      'a.md',
      'b.MARKDOWN',
      'sub/deeper/c.md',
    ]);
  });

  it('fails on a path that does not exist', async () => {
    await expect(findPostmortemFiles(['nope'], dir)).rejects.toThrow(
      'nope: no such file or folder.',
    );
  });
});
