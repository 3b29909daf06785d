import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDialect } from '../../../server/src/storage/test-support/for-each-dialect.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runExport } from './export.js';
import { runImport } from './import.js';

forEachDialect('hindsight import and export', (ctx) => {
  let dir = '';
  let cleanup: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    mkdirSync(join(dir, 'pms', 'old'), { recursive: true });
    writeFileSync(
      join(dir, 'pms', '2024-06-07-login-outage.md'),
      '# Login outage\n\n## Summary\n\nSign-in failed for 20 minutes.\n',
    );
    writeFileSync(
      join(dir, 'pms', 'old', 'cache.markdown'),
      '---\nslug: cache-stampede\ntitle: Cache stampede\n---\n\n## Summary\n\nThe cache emptied.\n',
    );
    writeFileSync(join(dir, 'pms', 'old', 'huge.md'), `# Huge\n\n${'word '.repeat(1_100_000)}`);
  });
  afterAll(() => cleanup());

  it('imports files and folders, reports failures with exit 1, and is idempotent', async () => {
    const io = fakeIo({ cwd: dir });
    const outcome = await runImport({ paths: ['pms'], database: ctx.config }, io);
    expect(outcome).toBe('findings');
    expect(io.out()).toContain('pms/old/huge.md: error is larger than 5 MB');
    expect(io.out()).toContain('Imported 3 files: 2 created, 0 updated, 0 unchanged, 1 failed.');

    const again = fakeIo({ cwd: dir });
    await runImport(
      {
        paths: ['pms/2024-06-07-login-outage.md', 'pms/old/cache.markdown'],
        database: ctx.config,
        json: true,
      },
      again,
    );
    const json = JSON.parse(again.out()) as {
      unchanged: number;
      files: { file: string; slug: string; outcome: string }[];
    };
    expect(json.unchanged).toBe(2);
    expect(json.files.map((f) => [f.file, f.slug, f.outcome])).toEqual([
      ['pms/2024-06-07-login-outage.md', '2024-06-07-login-outage', 'unchanged'],
      ['pms/old/cache.markdown', 'cache-stampede', 'unchanged'],
    ]);
    expect(again.err()).toBe('');
  });

  it('says what a dry run would do, and exits 1 for a missing path', async () => {
    writeFileSync(join(dir, 'new.md'), '# Disk full\n');
    const io = fakeIo({ cwd: dir });
    const outcome = await runImport(
      { paths: ['new.md', 'absent'], dryRun: true, database: ctx.config },
      io,
    );
    expect(outcome).toBe('findings');
    expect(io.out()).toContain('absent: error does not exist');
    expect(io.out()).toContain(
      'Would import 1 file: 1 to create, 0 to update, 0 unchanged, 0 failed.',
    );
  });

  it('exports every postmortem as <slug>.md, the same files a second time', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await runExport({ dir: 'out', database: ctx.config }, io)).toBe('ok');
    expect(io.out()).toBe('Exported 2 postmortems to out.\n');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      '2024-06-07-login-outage.md',
      'cache-stampede.md',
    ]);
    const first = readFileSync(join(dir, 'out', 'cache-stampede.md'), 'utf8');
    expect(first).toContain('slug: cache-stampede');
    const json = fakeIo({ cwd: dir });
    await runExport({ dir: 'out', json: true, database: ctx.config }, json);
    expect(JSON.parse(json.out())).toEqual({
      dir: 'out',
      files: ['2024-06-07-login-outage.md', 'cache-stampede.md'],
    });
    expect(readFileSync(join(dir, 'out', 'cache-stampede.md'), 'utf8')).toBe(first);
  });

  it('refuses to run without a path', async () => {
    await expect(
      runImport({ paths: [], database: ctx.config }, fakeIo({ cwd: dir })),
    ).rejects.toThrow(/at least one/);
  });
});
