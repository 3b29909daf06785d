import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountStore } from '../auth/account-store.js';
import { createDatabase } from '../storage/create-database.js';
import type { DatabaseConfig } from '../storage/create-database.js';
import { migrate } from '../storage/migrate.js';
import { DIALECTS, testPostgresUrl } from '../storage/test-support/for-each-dialect.js';
import type { TestDialect } from '../storage/test-support/for-each-dialect.js';

/**
 * The crash test at the HTTP level: the built `hindsight serve` as a child process, a burst of
 * writes from several clients, SIGKILL in the middle of it, a restart over the same database.
 * Every write that was answered 2xx must be there, and the database must open cleanly.
 * (storage/store-crash.test.ts does the same one level down.)
 */

const CLI = fileURLToPath(new URL('../../../cli/bin/hindsight.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../../../cli/dist/main.js', import.meta.url));
/** Acknowledged writes to wait for before the kill, and clients writing at once. */
const ACKS = 40;
const CLIENTS = 4;

interface Server {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
}

/** Starts `hindsight serve --port 0 --json` and reads the address it announces. */
function serve(config: DatabaseConfig): Promise<Server> {
  const where =
    config.dialect === 'sqlite'
      ? ['--data-dir', join(config.file, '..')]
      : ['--database-url', config.url];
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--json', ...where], {
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{') && l.includes('"url"'));
      if (line === undefined) return;
      const url = (JSON.parse(line) as { url: string }).url;
      resolve({ child, url: url.endsWith('/') ? url : `${url}/` });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${String(code)}): ${err}`)));
  });
}

/** A fresh database the server can be pointed at (a PostgreSQL database of its own). */
async function freshDatabase(dialect: TestDialect): Promise<{
  config: DatabaseConfig;
  dispose: () => Promise<void>;
}> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-http-crash-'));
    return {
      config: { dialect: 'sqlite', file: join(dir, 'hindsight.db') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = testPostgresUrl() ?? '';
  const name = `h_crash_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    config: { dialect: 'postgres', url: url.toString() },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Writes from CLIENTS clients (create, then change) until ACKS writes were answered 2xx, then
 * SIGKILLs the server with requests in flight. Returns each acknowledged id's revision.
 */
async function burstUntilKilled(server: Server, token: string): Promise<Map<string, number>> {
  const acked = new Map<string, number>();
  let count = 0;
  let killed = false;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const ack = (id: string, revision: number): void => {
    acked.set(id, Math.max(acked.get(id) ?? 0, revision));
    if (++count >= ACKS && !killed) {
      killed = true;
      server.child.kill('SIGKILL');
    }
  };
  const client = async (n: number): Promise<void> => {
    for (let i = 0; !killed; i++) {
      try {
        const created = await fetch(`${server.url}api/postmortems`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ template: 'minimal', title: `Burst ${n}-${i}` }),
        });
        if (created.status !== 201) throw new Error(`create answered ${created.status}`);
        const body = (await created.json()) as { id: string; revision: number };
        ack(body.id, body.revision);
        const changed = await fetch(`${server.url}api/postmortems/${body.id}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ baseRevision: body.revision, severity: 'high' }),
        });
        if (changed.status !== 200) throw new Error(`change answered ${changed.status}`);
        ack(body.id, ((await changed.json()) as { revision: number }).revision);
      } catch (error) {
        // After the kill, requests in flight fail: they were never acknowledged.
        if (!killed) throw error;
      }
    }
  };
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  await exited;
  return acked;
}

describe.each(DIALECTS)('HTTP crash durability [%s]', (dialect) => {
  const skip = !existsSync(BUILT)
    ? 'the CLI is not built (npm run build)'
    : dialect === 'postgres' && testPostgresUrl() === undefined
      ? 'PostgreSQL not configured (HINDSIGHT_TEST_PG)'
      : (process.env['HINDSIGHT_TEST_DIALECTS'] ?? dialect).split(',').includes(dialect)
        ? undefined
        : 'not in HINDSIGHT_TEST_DIALECTS';
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(skip !== undefined)(
    skip === undefined
      ? 'every write answered 2xx before a SIGKILL of hindsight serve is there after a restart'
      : `skipped: ${skip}`,
    async () => {
      const { config, dispose } = await freshDatabase(dialect);
      cleanups.push(dispose);
      // An editor with an API token, made directly in the database before the server starts.
      const setup = createDatabase(config);
      await migrate(setup);
      const accounts = new AccountStore(setup);
      const user = await accounts.users.create(
        { username: 'burst', password: 'a-long-enough-password', role: 'editor' },
        { actor: 'system' },
      );
      const { secret } = await accounts.tokens.create(user, { name: 'burst' }, { actor: 'system' });
      await setup.close();

      const first = await serve(config);
      const acked = await burstUntilKilled(first, secret);
      expect(acked.size).toBeGreaterThan(0);

      if (config.dialect === 'sqlite') {
        const check = createDatabase(config);
        const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
          check.db,
        );
        await check.close();
        expect(rows).toEqual([{ integrity_check: 'ok' }]);
      }

      const second = await serve(config);
      cleanups.push(async () => {
        if (second.child.exitCode === null) second.child.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 200));
      });
      const headers = { authorization: `Bearer ${secret}` };
      for (const [id, revision] of acked) {
        const res = await fetch(`${second.url}api/postmortems/${id}`, { headers });
        expect(res.status).toBe(200);
        const stored = (await res.json()) as { revision: number };
        expect(stored.revision).toBeGreaterThanOrEqual(revision);
        const history = await fetch(`${second.url}api/postmortems/${id}/revisions?limit=100`, {
          headers,
        });
        expect(((await history.json()) as { items: unknown[] }).items).toHaveLength(
          stored.revision,
        );
      }
      // And it takes new writes.
      const after = await fetch(`${second.url}api/postmortems`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ template: 'minimal', title: 'After the crash' }),
      });
      expect(after.status).toBe(201);
    },
    300_000,
  );
});
