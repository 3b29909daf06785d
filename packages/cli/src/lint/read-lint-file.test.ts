import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fake-io.js';
import { contentHash } from './lint-cache.js';
import { MAX_FILE_BYTES } from '../read-input.js';
import { hashLintFile, readLintFile, readLintText } from './read-lint-file.js';

describe('reading files to lint', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('reads text, turning bytes that are not UTF-8 into U+FFFD', async () => {
    await writeFile(join(dir, 'a.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    expect(readLintFile(join(dir, 'a.md'), 'a.md')).toBe('# \uFFFD\n');
  });

  it('hashes the bytes as contentHash hashes the text, small files and large', async () => {
    const small = '# Outage\n\nNaïve café – 14:00 UTC\n';
    const large = `${'x'.repeat(200_000)}\n`;
    const files: [string, string][] = [
      ['small.md', small],
      ['large.md', large],
      ['empty.md', ''],
    ];
    for (const [name, text] of files) {
      await writeFile(join(dir, name), text);
      expect(hashLintFile(join(dir, name), name, 'salt')).toBe(contentHash(text, 'salt'));
    }
    // The shared buffer grew for the large file; a small one after it is still hashed alone.
    expect(hashLintFile(join(dir, 'small.md'), 'small.md', 'salt')).toBe(
      contentHash(small, 'salt'),
    );
  });

  it('refuses a file over the size limit', async () => {
    await writeFile(join(dir, 'huge.md'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    expect(() => readLintFile(join(dir, 'huge.md'), 'huge.md')).toThrow(
      'huge.md is larger than 10 MB, the limit.',
    );
  });

  it('reads the text and its hash at once, each file whole', async () => {
    await writeFile(join(dir, 'a.md'), 'a longer first file');
    await writeFile(join(dir, 'b.md'), 'second');
    expect(readLintText(join(dir, 'a.md'), 'a.md')).toEqual({ text: 'a longer first file' });
    expect(readLintText(join(dir, 'b.md'), 'b.md', 'salt')).toEqual({
      text: 'second',
      hash: contentHash('second', 'salt'),
    });
  });

  it('names the file in every error', async () => {
    await writeFile(join(dir, 'bin.md'), Buffer.from([1, 0, 2]));
    await mkdir(join(dir, 'folder.md'));
    for (const read of [readLintFile, (p: string, n: string) => hashLintFile(p, n, 's')]) {
      expect(() => read(join(dir, 'missing.md'), 'missing.md')).toThrow(
        'missing.md: no such file.',
      );
      expect(() => read(join(dir, 'bin.md'), 'bin.md')).toThrow(
        'bin.md looks like a binary file, not Markdown.',
      );
      expect(() => read(join(dir, 'folder.md'), 'folder.md')).toThrow(
        'folder.md is a folder; give a Markdown file.',
      );
    }
  });
});
