import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_CONFIG } from './config.js';
import { ROUTE_MODULES } from './routes/index.js';
import type { RouteModule } from './routes/route-module.js';
import { startServer } from './start-server.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function config() {
  const dataDir = mkdtempSync(join(tmpdir(), 'hindsight-serve-'));
  dirs.push(dataDir);
  return { ...DEFAULT_SERVER_CONFIG, port: 0, dataDir, shutdownTimeoutMs: 2000 };
}

/** Resolved when the slow route has a request in hand. */
let arrived: () => void = () => undefined;

/** A route that takes its time, to have a request in flight during a shutdown. */
const slowRoute: RouteModule = (app) => {
  app.get('/slow', async () => {
    arrived();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { done: true };
  });
};

// SQLite only: over PostgreSQL, startServer would migrate the test database's public schema,
// which suites running at the same time share; buildApp's suites cover PostgreSQL.
describe('startServer', () => {
  it('migrates a new SQLite file, listens on a free port and answers', async () => {
    const server = await startServer(config(), { logger: false });
    try {
      expect(server.dialect).toBe('sqlite');
      expect(server.migrations).toContain('0001_initial_schema');
      expect(server.port).toBeGreaterThan(0);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('finishes requests in flight, then stops accepting and closes the database', async () => {
    const server = await startServer(config(), {
      logger: false,
      routes: [...ROUTE_MODULES, slowRoute],
    });
    const inHand = new Promise<void>((resolve) => (arrived = resolve));
    const inFlight = fetch(`${server.url}/slow`);
    await inHand;
    const closing = server.close();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // A second close is harmless.
    await server.close();
  });

  it('writes one JSON log line per request, without cookies', async () => {
    const lines: string[] = [];
    const server = await startServer(config(), {
      logStream: { write: (line) => void lines.push(line) },
    });
    try {
      await fetch(`${server.url}/healthz`, {
        headers: { cookie: 'hindsight_session=secret-value' },
      });
    } finally {
      await server.close();
    }
    // Lines are written in batches, and what is pending when the server stops is written then.
    const requests = lines
      .join('')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'GET', route: '/healthz', status: 200 });
    expect(requests[0]).toHaveProperty('reqId');
    expect(requests[0]).toHaveProperty('durationMs');
    expect(lines.join('')).not.toContain('secret-value');
  });
});
