import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fake-io.js';
import { findMarkdownFiles } from './find-markdown-files.js';

describe('findMarkdownFiles', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    for (const path of [
      'a.md',
      'notes.txt',
      'pm/2024/b.md',
      'pm/c.MD',
      'node_modules/pkg/readme.md',
      '.git/x.md',
      'pm/.drafts/d.md',
    ]) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), '# x\n');
    }
  });
  afterEach(() => cleanup());

  const rel = (files: string[]): string[] => files.map((f) => f.slice(dir.length + 1));

  it('searches folders for Markdown, skipping node_modules and dot-folders', async () => {
    const found = await findMarkdownFiles(['.'], dir);
    expect(rel(found.files)).toEqual(['a.md', 'pm/2024/b.md', 'pm/c.MD']);
    expect(found.problems).toEqual([]);
  });

  it('takes a named file as it is, and each file once', async () => {
    const found = await findMarkdownFiles(['notes.txt', 'pm', 'pm/c.MD'], dir);
    expect(rel(found.files)).toEqual(['notes.txt', 'pm/2024/b.md', 'pm/c.MD']);
  });

  it('searches a dot-folder the user names', async () => {
    expect(rel((await findMarkdownFiles(['pm/.drafts'], dir)).files)).toEqual(['pm/.drafts/d.md']);
  });

  it('expands glob patterns', async () => {
    expect(rel((await findMarkdownFiles(['pm/**/*.md'], dir)).files)).toEqual(['pm/2024/b.md']);
    expect(rel((await findMarkdownFiles(['*.{md,txt}'], dir)).files)).toEqual([
      'a.md',
      'notes.txt',
    ]);
  });

  it('names what is missing, and still returns the rest', async () => {
    const found = await findMarkdownFiles(['a.md', 'nope.md', 'none/*.md'], dir);
    expect(rel(found.files)).toEqual(['a.md']);
    expect(found.problems).toEqual([
      { path: 'nope.md', message: 'nope.md: no such file or folder.' },
      { path: 'none/*.md', message: 'none/*.md: no file matches.' },
    ]);
  });

  it('follows linked files but not linked folders', async () => {
    await symlink(join(dir, 'a.md'), join(dir, 'pm', 'link.md'));
    await symlink(dir, join(dir, 'pm', 'loop'));
    expect(rel((await findMarkdownFiles(['pm'], dir)).files)).toEqual([
      'pm/2024/b.md',
      'pm/c.MD',
      'pm/link.md',
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('names a folder it cannot read', async () => {
    const locked = join(dir, 'pm', 'locked');
    await mkdir(locked);
    await chmod(locked, 0o000);
    try {
      const found = await findMarkdownFiles(['pm'], dir);
      expect(found.problems).toEqual([
        { path: 'pm/locked', message: 'pm/locked: permission denied.' },
      ]);
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
