import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fake-io.js';

const BIN = fileURLToPath(new URL('../../bin/hindsight.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/commands/serve.js', import.meta.url)));

if (!BUILT)
  console.warn('serve-bin.test.ts: skipped, packages/cli/dist is missing; run `npx tsc -b` first.');

// The way the benchmark and the crash tests start a server: a child process that announces
// its address as the first line of standard output, and stops cleanly on SIGTERM.
describe.skipIf(!BUILT)('hindsight serve as a process', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  it('announces its address, answers, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--json'], {
      cwd: dir,
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const end = out.indexOf('\n');
        if (end >= 0) resolve(out.slice(0, end));
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
    });
    const { url, database } = JSON.parse(firstLine) as { url: string; database: string };
    expect(database).toBe('sqlite');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(`${dir}/data/hindsight.db`)).toBe(true);
  }, 60_000);
});
