import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fake-io.js';
import { cacheFilePath, cacheSalt, contentHash, loadLintCache } from './lint-cache.js';
import { buildMessage, buildResult } from './test-support/lint-results.js';

describe('the lint cache', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let warnings: string[];
  const warn = (message: string): void => void warnings.push(message);
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    warnings = [];
  });
  afterEach(() => cleanup());

  it('gives back a result only for the hash it was stored with, across runs', async () => {
    const file = join(dir, 'cache', 'lint.json');
    const result = buildResult([buildMessage()]);
    const first = await loadLintCache(file, 'cache/lint.json', 'salt', warn);
    first.set('/x/a.md', 'h1', result);
    await first.save();
    const second = await loadLintCache(file, 'cache/lint.json', 'salt', warn);
    expect(second.get('/x/a.md', 'h1')).toEqual(result);
    expect(second.get('/x/a.md', 'h2')).toBeUndefined();
    expect(second.get('/x/b.md', 'h1')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('does not write when nothing changed', async () => {
    const file = join(dir, 'lint.json');
    await (await loadLintCache(file, 'lint.json', 'salt', warn)).save();
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('ignores a damaged cache with a warning, and replaces it', async () => {
    const file = join(dir, 'lint.json');
    await writeFile(file, '{"format": 3, "strings": [], "entries": {"/x/a.md": ');
    const cache = await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(warnings).toEqual([
      'lint.json: not a valid cache file (broken JSON); ignoring it and linting every file.',
    ]);
    cache.set('/x/a.md', 'h', buildResult());
    await cache.save();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 3 });
  });

  it('lints again the files whose entries are damaged', async () => {
    const file = join(dir, 'lint.json');
    const good = await loadLintCache(file, 'lint.json', 'salt', warn);
    good.set('/b.md', 'h', buildResult([buildMessage()]));
    await good.save();
    const data = JSON.parse(await readFile(file, 'utf8')) as {
      entries: Record<string, unknown>;
    };
    data.entries['/a.md'] = ['h', [0, 'not a number'], -1, -1];
    data.entries['/c.md'] = ['h', [99, 0, 0, 0, 100, 1, [], []], -1, -1];
    data.entries['/d.md'] = 'nonsense';
    await writeFile(file, JSON.stringify(data));
    const cache = await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(cache.get('/a.md', 'h')).toBeUndefined();
    expect(cache.get('/c.md', 'h')).toBeUndefined();
    expect(cache.get('/d.md', 'h')).toBeUndefined();
    expect(cache.get('/b.md', 'h')).toEqual(buildResult([buildMessage()]));
    expect(warnings).toEqual([]);
  });

  it('warns about a file that is not a cache', async () => {
    const file = join(dir, 'lint.json');
    await writeFile(file, '[1, 2]');
    await loadLintCache(file, 'lint.json', 'salt', warn);
    await writeFile(
      file,
      JSON.stringify({ format: 3, salt: contentHash('salt', ''), strings: [3], entries: {} }),
    );
    await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(warnings).toEqual([
      'lint.json: not a lint cache file; ignoring it and linting every file.',
      'lint.json: not a lint cache file; ignoring it and linting every file.',
    ]);
  });

  it('quietly drops a cache of another layout', async () => {
    const file = join(dir, 'lint.json');
    await writeFile(file, '{"format": 1, "entries": {"/a.md": {"hash": "h"}}}');
    const cache = await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(cache.get('/a.md', 'h')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('keeps the entries of files it did not touch when it saves', async () => {
    const file = join(dir, 'lint.json');
    const first = await loadLintCache(file, 'lint.json', 'salt', warn);
    first.set('/a.md', 'ha', buildResult([buildMessage({ message: 'only in a' })]));
    first.set('/b.md', 'hb', buildResult([buildMessage({ message: 'only in b' })]));
    await first.save();
    const second = await loadLintCache(file, 'lint.json', 'salt', warn);
    second.set('/b.md', 'hb2', buildResult());
    second.delete('/gone.md');
    await second.save();
    const third = await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(third.get('/a.md', 'ha')?.messages[0]?.message).toBe('only in a');
    expect(third.get('/b.md', 'hb2')).toEqual(buildResult());
    // Strings of replaced results do not linger in the table.
    expect(await readFile(file, 'utf8')).not.toContain('only in b');
  });

  it('drops a cache made for another configuration', async () => {
    const file = join(dir, 'lint.json');
    const first = await loadLintCache(file, 'lint.json', 'salt', warn);
    first.set('/a.md', 'h', buildResult());
    await first.save();
    expect((await loadLintCache(file, 'lint.json', 'salt', warn)).get('/a.md', 'h')).toBeDefined();
    expect(
      (await loadLintCache(file, 'lint.json', 'other', warn)).get('/a.md', 'h'),
    ).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('trusts a file stamp only if it was old enough when taken', async () => {
    const file = join(dir, 'lint.json');
    const now = 1_000_000;
    const old = { size: 10, mtimeMs: now - 5000 };
    const recent = { size: 10, mtimeMs: now - 500 };
    const first = await loadLintCache(file, 'lint.json', 'salt', warn);
    first.set('/old.md', 'h1', buildResult(), old, now);
    first.set('/recent.md', 'h2', buildResult(), recent, now);
    first.set('/unstamped.md', 'h3', buildResult());
    await first.save();
    const second = await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(second.knownHash('/old.md', old)).toBe('h1');
    expect(second.knownHash('/old.md', { ...old, mtimeMs: old.mtimeMs + 1 })).toBeUndefined();
    expect(second.knownHash('/old.md', { ...old, size: 11 })).toBeUndefined();
    // Changed within the step it was stamped in, it could look the same: hashed again.
    expect(second.knownHash('/recent.md', recent)).toBeUndefined();
    expect(second.knownHash('/unstamped.md', old)).toBeUndefined();
    // Later, when that time is long past, the same content gets a stamp that is trusted.
    second.restamp('/recent.md', recent, now + 10_000);
    await second.save();
    const third = await loadLintCache(file, 'lint.json', 'salt', warn);
    expect(third.knownHash('/recent.md', recent)).toBe('h2');
    expect(third.get('/recent.md', 'h2')).toEqual(buildResult());
  });

  it('warns instead of failing when the cache cannot be saved', async () => {
    await writeFile(join(dir, 'blocker'), 'a file where a folder should be');
    const cache = await loadLintCache(
      join(dir, 'blocker', 'lint.json'),
      'blocker/lint.json',
      'salt',
      warn,
    );
    cache.set('/a.md', 'h', buildResult());
    await cache.save();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^blocker.*cannot be written.*The cache was not saved\.$/);
  });
});

describe('contentHash', () => {
  it('changes with the content, the configuration and the version', () => {
    const salt = cacheSalt({ profile: 'sre', rules: { a: 'off', b: 'warn' } }, '0.1.0');
    const base = contentHash('text', salt);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('text', salt)).toBe(base);
    expect(contentHash('text!', salt)).not.toBe(base);
    expect(
      contentHash('text', cacheSalt({ profile: 'sre', rules: { a: 'off', b: 'error' } }, '0.1.0')),
    ).not.toBe(base);
    expect(
      contentHash('text', cacheSalt({ profile: 'sre', rules: { a: 'off', b: 'warn' } }, '0.2.0')),
    ).not.toBe(base);
  });

  it('does not depend on the order of keys in the configuration', () => {
    expect(cacheSalt({ a: 1, b: { c: 2, d: 3 } }, '1')).toBe(
      cacheSalt({ b: { d: 3, c: 2 }, a: 1 }, '1'),
    );
  });
});

describe('cacheFilePath', () => {
  it('puts lint.json in a folder, and takes a file name as it is', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await mkdir(join(dir, 'existing'));
      expect(await cacheFilePath(dir)).toBe(join(dir, '.hindsight-cache', 'lint.json'));
      expect(await cacheFilePath(dir, 'existing')).toBe(join(dir, 'existing', 'lint.json'));
      expect(await cacheFilePath(dir, 'new/')).toBe(join(dir, 'new', 'lint.json'));
      expect(await cacheFilePath(dir, 'my-cache.json')).toBe(join(dir, 'my-cache.json'));
    } finally {
      await cleanup();
    }
  });
});
