import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliVersion } from './package-info.js';
import { tempDir } from './test-support/fake-io.js';

const BIN = fileURLToPath(new URL('../bin/hindsight.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url)));
// From packages/cli/src: up to the repo root, then ../shared/corpus beside it.
const CORPUS_FILE = fileURLToPath(new URL('../../../../shared/corpus/hb_07.md', import.meta.url));
const HAS_CORPUS = existsSync(CORPUS_FILE);

if (!BUILT)
  console.warn('bin.test.ts: skipped, packages/cli/dist is missing; run `npx tsc -b` first.');

describe.skipIf(!BUILT)('the hindsight binary', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  function run(...args: string[]) {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', HINDSIGHT_DEBUG: '' },
      timeout: 20_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('loads the code of a command only when that command runs', () => {
    // `hindsight lint` should not pay for the server (Fastify, SQLite, argon2) at start: a
    // CommonJS package imported from ES modules lands in require.cache, so list what did.
    const probe = [
      `const { main } = await import(${JSON.stringify(new URL('../dist/main.js', import.meta.url).href)});`,
      "const { createRequire } = await import('node:module');",
      'const io = { stdout: { write() {} }, stderr: { write() {} }, stdin: process.stdin, env: {}, cwd: process.cwd(), isTTY: false };',
      "await main(['--help'], io).catch(() => {});",
      'const loaded = Object.keys(createRequire(import.meta.url).cache);',
      'process.stdout.write(JSON.stringify(loaded.filter((p) => /node_modules[\\/](fastify|better-sqlite3|pg|kysely|@node-rs)[\\/]/.test(p))));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('prints help and exits 0', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: hindsight');
    for (const name of ['new', 'parse', 'render', 'templates', 'preview', 'start'])
      expect(stdout).toContain(`  ${name}`);
  });

  it('prints its version and exits 0', () => {
    const { code, stdout } = run('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(cliVersion());
  });

  it('exits 2 on a bad flag, without a stack trace', () => {
    const { code, stderr } = run('parse', 'x.md', '--no-such-flag');
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--no-such-flag'");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with a message naming a missing file', () => {
    const { code, stderr } = run('parse', 'does-not-exist.md');
    expect(code).toBe(2);
    expect(stderr).toBe('error: does-not-exist.md: no such file.\n');
  });

  it('exits 2 naming --date when the date does not exist', () => {
    const { code, stderr } = run('new', '--title', 'X', '--date', '2023-02-30');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: --date 2023-02-30 is not a real calendar date (February 2023 has 28 days).\n',
    );
  });

  it.skipIf(!HAS_CORPUS)('parses a corpus document to the JSON report', () => {
    const { code, stdout } = run('parse', CORPUS_FILE, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      version: number;
      file: string;
      title: string;
      timeline: unknown[];
      zone: string;
    };
    expect(report.version).toBe(1);
    expect(report.file).toBe(CORPUS_FILE);
    expect(report.title).toContain('Nginx');
    expect(report.zone).toBe('UTC');
    expect(report.timeline.length).toBeGreaterThan(5);
  });
});

if (!HAS_CORPUS) console.warn(`bin.test.ts: corpus test skipped, ${CORPUS_FILE} is absent.`);
