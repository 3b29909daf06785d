import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { fakeIo } from '../test-support/fake-io.js';
import { runMigrate } from './migrate.js';
import { runServe } from './serve.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hindsight-cli-serve-'));
  dirs.push(dir);
  return dir;
}

describe('hindsight serve', () => {
  it('announces the bound address as one JSON line, serves, and stops on request', async () => {
    const cwd = await tempDir();
    const io = fakeIo({ cwd, env: { LOG_LEVEL: 'silent' } });
    let stop: (reason: string) => void = () => undefined;
    let health = 0;
    const outcome = await runServe({ port: '0', dataDir: join(cwd, 'data'), json: true }, io, {
      untilStopped: () => new Promise((resolve) => (stop = resolve)),
      onListening: (server) => {
        void fetch(`${server.url}/healthz`).then((res) => {
          health = res.status;
          stop('test');
        });
      },
    });
    expect(outcome).toBe('ok');
    expect(health).toBe(200);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(1);
    const announced = JSON.parse(lines[0] ?? '');
    expect(announced).toMatchObject({ host: '127.0.0.1', database: 'sqlite' });
    expect(announced.port).toBeGreaterThan(0);
    expect(announced.url).toBe(`http://127.0.0.1:${announced.port}`);
    expect(announced.migrations).toContain('0001_initial_schema');
  });

  it('names the variable or flag at fault', async () => {
    const io = fakeIo({ cwd: await tempDir(), env: { PORT: 'eighty', BODY_LIMIT: 'huge' } });
    const error = await runServe({}, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe('usage');
    expect((error as Error).message).toContain('PORT');
    expect((error as Error).message).toContain('BODY_LIMIT');
    const url = await runServe({ databaseUrl: 'mysql://root:pw@db/x' }, io).catch(
      (e: unknown) => e,
    );
    expect((url as Error).message).toContain('--database-url');
    expect((url as Error).message).not.toContain('pw@');
  });

  it('says when the port is taken', async () => {
    const cwd = await tempDir();
    const quiet = { LOG_LEVEL: 'silent' };
    let stop: (reason: string) => void = () => undefined;
    let second: unknown;
    await runServe(
      { port: '0', dataDir: join(cwd, 'a'), json: true },
      fakeIo({ cwd, env: quiet }),
      {
        untilStopped: () => new Promise((resolve) => (stop = resolve)),
        onListening: (server) => {
          void runServe(
            { port: String(server.port), dataDir: join(cwd, 'b') },
            fakeIo({ cwd, env: quiet }),
          )
            .catch((e: unknown) => e)
            .then((e) => {
              second = e;
              stop('test');
            });
        },
      },
    );
    expect(second).toBeInstanceOf(CliError);
    expect((second as CliError).code).toBe('port_unavailable');
  });
});

describe('hindsight migrate', () => {
  it('says what ran, then that the database is up to date', async () => {
    const cwd = await tempDir();
    const dataDir = join(cwd, 'data');
    const first = fakeIo({ cwd });
    expect(await runMigrate({ dataDir, json: true }, first)).toBe('ok');
    const report = JSON.parse(first.out());
    expect(report.database).toBe('sqlite');
    expect(report.applied).toContain('0001_initial_schema');
    const again = fakeIo({ cwd });
    await runMigrate({ dataDir }, again);
    expect(again.out()).toMatch(/is up to date/);
  });

  it('refuses a URL that is not PostgreSQL as a usage error', async () => {
    const io = fakeIo({ cwd: await tempDir(), env: { DATABASE_URL: 'mysql://x' } });
    const error = await runMigrate({}, io).catch((e: unknown) => e);
    expect((error as CliError).code).toBe('usage');
    expect((error as Error).message).toContain('DATABASE_URL');
  });
});
