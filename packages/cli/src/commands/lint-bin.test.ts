import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runLint } from './lint.js';

const BIN = fileURLToPath(new URL('../../bin/hindsight.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/lint/lint-worker.js', import.meta.url)));
if (!BUILT)
  console.warn('lint-bin.test.ts: skipped, packages/cli/dist is stale; run `npx tsc -b`.');

describe.skipIf(!BUILT)('hindsight lint, the binary', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    // Enough files for a pool of two worker threads (see poolSize: 200 files a worker).
    await mkdir(join(dir, 'many'));
    for (let i = 0; i < 400; i++) {
      const text =
        i % 4 === 0 ? LOOSE_POSTMORTEM.replace('## Summary', '## Notes') : LOOSE_POSTMORTEM;
      await writeFile(join(dir, 'many', `pm-${String(i).padStart(3, '0')}.md`), text);
    }
    await writeFile(join(dir, 'one.md'), LOOSE_POSTMORTEM);
    await writeFile(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3]));
  });
  afterAll(() => cleanup());

  function run(...args: string[]) {
    const result = spawnSync(process.execPath, [BIN, 'lint', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', HINDSIGHT_DEBUG: '' },
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits 0 when clean, 1 on errors, 2 on usage errors', () => {
    expect(run('one.md', '--profile', 'minimal', '--rule', 'required-sections:off').code).toBe(0);
    const failing = run('one.md', '--profile', 'minimal');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('required-sections');
    const usage = run('one.md', '--format', 'xml');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(
      'error: --format "xml" is not a format; choose one of stylish, json, sarif, github.\n',
    );
  });

  it('reports the same from worker threads as from one thread, on clean JSON output', async () => {
    const { code, stdout, stderr } = run('many', '--format', 'json', '--profile', 'minimal');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const io = fakeIo({ cwd: dir });
    await runLint({ paths: ['many'], format: 'json', profile: 'minimal' }, io, { threads: 1 });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(io.out()));
  });

  it('still reports the readable files when one is not, and exits 2 naming it', () => {
    const { code, stdout, stderr } = run('one.md', 'binary.md', '--format', 'json');
    expect(code).toBe(2);
    expect(stderr).toBe('error: binary.md looks like a binary file, not Markdown.\n');
    expect((JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual([
      'one.md',
    ]);
  });

  it('lists lint in the help, with its flags', () => {
    const result = spawnSync(process.execPath, [BIN, 'lint', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const flag of [
      '--profile',
      '--rule',
      '--format',
      '--fix-dry-run',
      '--cache-location',
      '--max-warnings',
    ]) {
      expect(result.stdout).toContain(flag);
    }
  });
});
