import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { tempDir } from '../test-support/fake-io.js';
import type { FileLintResult } from './file-lint-result.js';
import { lintFiles } from './lint-files.js';
import type { LintFilesOptions } from './lint-files.js';

describe('lintFiles', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const files: string[] = [];
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    files.length = 0;
    for (let i = 0; i < 6; i++) {
      const path = join(dir, `doc-${i}.md`);
      // Every other document lacks its action items, so the results differ between files.
      const text =
        i % 2 === 0 ? LOOSE_POSTMORTEM.replace(/## Action items[\s\S]*/, '') : LOOSE_POSTMORTEM;
      await writeFile(path, `${text}\nDocument ${i}.\n`);
      files.push(path);
    }
    files.splice(3, 0, join(dir, 'missing.md'));
  });
  afterEach(() => cleanup());

  const options = (onResult?: (file: FileLintResult) => void, cached = true): LintFilesOptions => ({
    cwd: dir,
    config: { profile: 'minimal' },
    fix: false,
    salt: 'test',
    ...(cached ? { cache: { location: join(dir, 'cache.json') } } : {}),
    threads: 1,
    warn: () => undefined,
    ...(onResult === undefined ? {} : { onResult }),
  });

  it('hands over each result in the order of the files, cached or linted', async () => {
    await lintFiles(files, options());
    // Two files change, so the cache answers for the others and they come in first.
    await writeFile(files[1] ?? '', `${LOOSE_POSTMORTEM}\nChanged.\n`);
    await writeFile(files[5] ?? '', `${LOOSE_POSTMORTEM}\nChanged too.\n`);
    const handed: FileLintResult[] = [];
    const run = await lintFiles(
      files,
      options((file) => handed.push(file)),
    );
    expect(handed.map((f) => f.filePath)).toEqual(files.filter((f) => !f.endsWith('missing.md')));
    expect(handed).toEqual(run.results);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toContain('missing.md');
    expect(run.errorCount).toBe(handed.reduce((n, f) => n + f.result.errorCount, 0));
    expect(run.warningCount).toBe(handed.reduce((n, f) => n + f.result.warningCount, 0));
    expect(run.errorCount + run.warningCount).toBeGreaterThan(0);
  });

  it('keeps no results when told, with the same counts, and fills the cache all the same', async () => {
    const kept = await lintFiles(files, options(undefined, false));
    const handed: FileLintResult[] = [];
    const first = await lintFiles(files, {
      ...options((file) => handed.push(file)),
      keepResults: false,
    });
    expect(first.results).toEqual([]);
    expect(handed).toEqual(kept.results);
    expect([first.errorCount, first.warningCount]).toEqual([kept.errorCount, kept.warningCount]);
    // Every linted file went to the cache as its result came in.
    const saved = JSON.parse(await readFile(join(dir, 'cache.json'), 'utf8')) as {
      entries: Record<string, unknown>;
    };
    expect(Object.keys(saved.entries).sort()).toEqual(
      files.filter((f) => !f.endsWith('missing.md')).sort(),
    );
    const again: FileLintResult[] = [];
    const second = await lintFiles(files, {
      ...options((file) => again.push(file)),
      keepResults: false,
      threads: 2,
    });
    expect(again).toEqual(kept.results);
    expect(second.errorCount).toBe(kept.errorCount);
  });
});
