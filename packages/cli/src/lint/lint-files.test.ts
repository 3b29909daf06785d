import { writeFile } from 'node:fs/promises';
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

  const options = (onResult?: (file: FileLintResult) => void): LintFilesOptions => ({
    cwd: dir,
    config: { profile: 'minimal' },
    fix: false,
    salt: 'test',
    cache: { location: join(dir, 'cache.json') },
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
  });
});
