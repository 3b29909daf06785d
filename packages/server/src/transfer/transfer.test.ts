import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { corpusDir, hasCorpus } from '../../../core/src/test-support/corpus.js';
import { generatePostmortem } from '../../../core/src/test-support/generate-postmortem.js';
import { PostmortemStore } from '../storage/postmortem-store.js';
import {
  countRows,
  forEachDialect,
  openTestDatabase,
} from '../storage/test-support/for-each-dialect.js';
import { exportPostmortems } from './export-postmortems.js';
import { importPostmortems } from './import-postmortems.js';

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-transfer-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Every file of a folder, by name, with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = readFileSync(join(dir, name), 'latin1');
  return out;
}

/** A folder of generated postmortems, some in a sub-folder, plus files to be ignored. */
function generatedFolder(count: number, seed = 1000): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'ignored.md'), '# Not a postmortem\n');
  writeFileSync(join(dir, 'notes.txt'), 'not Markdown');
  for (let i = 0; i < count; i++) {
    const where = i % 3 === 0 ? join(dir, 'nested', 'deeper') : dir;
    writeFileSync(
      join(where, `pm-${seed + i}.${i % 4 === 0 ? 'markdown' : 'md'}`),
      generatePostmortem(seed + i),
    );
  }
  return dir;
}

forEachDialect('import and export', (ctx) => {
  it('round-trips: export, import into an empty database, export again gives identical files', async () => {
    const sources = [generatedFolder(30), ...(hasCorpus() ? [corpusDir()] : [])];
    const first = await importPostmortems(ctx.handle, sources);
    expect(first.failed, JSON.stringify(first.files.filter((f) => f.outcome === 'failed'))).toBe(0);
    expect(first.created).toBeGreaterThanOrEqual(30);
    const exportA = tempDir();
    const a = await exportPostmortems(ctx.handle, exportA);
    expect(a.files).toHaveLength(first.created);

    const empty = await openTestDatabase(ctx.dialect);
    try {
      const second = await importPostmortems(empty.handle, [exportA]);
      expect(second).toMatchObject({
        created: a.files.length,
        updated: 0,
        unchanged: 0,
        failed: 0,
      });
      const exportB = tempDir();
      await exportPostmortems(empty.handle, exportB);
      expect(snapshot(exportB)).toEqual(snapshot(exportA));
    } finally {
      await empty.dispose();
    }

    // The exported files are what is stored: importing them back changes nothing.
    const before = await countRows(ctx.handle);
    const again = await importPostmortems(ctx.handle, [exportA]);
    expect(again).toMatchObject({ created: 0, updated: 0, failed: 0, unchanged: a.files.length });
    expect(await countRows(ctx.handle)).toEqual(before);
  });

  it('is idempotent by slug, updates a changed file as a new revision, and reports progress', async () => {
    const dir = tempDir();
    const file = join(dir, '2024-06-07-login-outage.md');
    writeFileSync(file, '# Login outage\n\n## Summary\n\nSign-in failed for 20 minutes.\n');
    const ticks: [number, number][] = [];
    const created = await importPostmortems(ctx.handle, [file], {
      onProgress: (done, total) => ticks.push([done, total]),
    });
    expect(created.files[0]).toMatchObject({ outcome: 'created', slug: '2024-06-07-login-outage' });
    expect(ticks).toEqual([
      [0, 1],
      [1, 1],
    ]);
    const same = await importPostmortems(ctx.handle, [dir]);
    expect(same.files[0]?.outcome).toBe('unchanged');

    writeFileSync(file, '# Login outage\n\n## Summary\n\nSign-in failed for 25 minutes.\n');
    const changed = await importPostmortems(ctx.handle, [dir]);
    expect(changed.files[0]?.outcome).toBe('updated');
    const stored = await ctx.store.get('2024-06-07-login-outage');
    expect(stored.revision).toBe(2);
    expect(stored.markdown).toContain('25 minutes');
  });

  it('reports failures with file, line and reason, and writes nothing for them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.md'), '# Good one\n\nAll fine.\n');
    writeFileSync(join(dir, 'huge.md'), `# Huge\n\n${'word '.repeat(1_100_000)}\n`);
    writeFileSync(join(dir, 'twin-a.md'), '---\nslug: twin\n---\n# Twin A\n');
    writeFileSync(join(dir, 'twin-b.md'), '---\nslug: twin\n---\n# Twin B\n');
    writeFileSync(join(dir, 'trashed.md'), '# Trashed\n');
    const trashed = await ctx.store.create({ title: 'Trashed', slug: 'trashed' }, { actor: 'a' });
    await ctx.store.softDelete(trashed.id, { actor: 'a' });

    const before = await countRows(ctx.handle);
    const summary = await importPostmortems(ctx.handle, [dir, join(dir, 'absent.md')]);
    const byName = Object.fromEntries(summary.files.map((f) => [f.file.slice(dir.length + 1), f]));
    expect(byName['good.md']?.outcome).toBe('created');
    expect(byName['twin-a.md']?.outcome).toBe('created');
    expect(byName['huge.md']).toMatchObject({ outcome: 'failed', line: null });
    expect(byName['huge.md']?.reason).toMatch(/larger than 5 MB/);
    expect(byName['twin-b.md']).toMatchObject({ outcome: 'failed', slug: 'twin' });
    expect(byName['twin-b.md']?.reason).toMatch(/twin-a\.md/);
    expect(byName['trashed.md']?.reason).toMatch(/trash/);
    expect(summary.missing).toEqual([{ path: join(dir, 'absent.md'), reason: 'does not exist' }]);
    expect(summary).toMatchObject({ created: 2, failed: 3 });
    const after = await countRows(ctx.handle);
    expect(after['postmortems']).toBe((before['postmortems'] ?? 0) + 2);
    expect(after['revisions']).toBe((before['revisions'] ?? 0) + 2);
  });

  it('refuses files with parse errors when strict, naming the line', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'bad-field.md'),
      '---\ntitle: Bad field\nslug: Not A Slug\n---\n\n# Bad field\n',
    );
    const lenient = await importPostmortems(ctx.handle, [dir], { dryRun: true });
    expect(lenient.files[0]).toMatchObject({ outcome: 'created', slug: 'bad-field' });
    expect(lenient.files[0]?.diagnostics[0]).toMatchObject({ severity: 'error', line: 3 });
    const strict = await importPostmortems(ctx.handle, [dir], { strict: true });
    expect(strict.files[0]).toMatchObject({ outcome: 'failed', line: 3 });
  });

  it('writes nothing on a dry run, and reports what it would do', async () => {
    const dir = generatedFolder(3, 2000);
    const before = await countRows(ctx.handle);
    const summary = await importPostmortems(ctx.handle, [dir], { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, created: 3, failed: 0 });
    expect(await countRows(ctx.handle)).toEqual(before);
  });

  it('imports in batches that commit together, each file on its own', async () => {
    const dir = generatedFolder(7, 3000);
    writeFileSync(join(dir, 'pm-3003-twin.md'), '---\nslug: pm-3003\n---\n# Twin\n');
    const summary = await importPostmortems(ctx.handle, [dir], { batchSize: 3 });
    expect(summary).toMatchObject({ failed: 1, created: 7 });
    const store = new PostmortemStore(ctx.handle);
    for (const f of summary.files.filter((r) => r.outcome !== 'failed'))
      await expect(store.get(f.slug ?? '')).resolves.toBeDefined();
  });
});
