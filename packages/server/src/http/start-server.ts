import { createDatabase } from '../storage/create-database.js';
import type { DatabaseHandle } from '../storage/create-database.js';
import { migrate } from '../storage/migrate.js';
import { databaseConfig } from '../storage/open-database.js';
import { buildApp } from './build-app.js';
import type { BuildAppOptions } from './build-app.js';
import type { ServerConfig } from './config.js';
import type { HttpApp } from './http-app.js';
import { LineBatcher } from './line-batcher.js';

/** A server that listens, and how to stop it gracefully. */
export interface RunningServer {
  readonly app: HttpApp;
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly dialect: 'sqlite' | 'postgres';
  /** Migrations applied at start (empty when the schema was up to date). */
  readonly migrations: readonly string[];
  /**
   * Stops gracefully: `/readyz` answers 503, the listener closes, requests in flight finish
   * (cut off after `shutdownTimeoutMs`), then the database closes. Safe to call twice.
   */
  close(): Promise<void>;
}

/** What a server may be started with besides its configuration (tests, the CLI's log stream). */
export type StartServerOptions = Pick<
  BuildAppOptions,
  'resolveViewer' | 'logger' | 'logStream' | 'services' | 'routes'
>;

/**
 * Opens the configured database (an SQLite file in the data folder, or PostgreSQL), brings
 * its schema up to date, builds the app and listens. Nothing is kept in the process that
 * another process would need, so several can share one PostgreSQL database.
 *
 * @example
 * const server = await startServer(loadServerConfig(process.env));
 * process.once('SIGTERM', () => void server.close());
 */
export async function startServer(
  config: ServerConfig,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const dbConfig = databaseConfig({ url: config.databaseUrl, dataDir: config.dataDir });
  const handle = createDatabase(dbConfig);
  // Log lines are written in batches at most 20 ms apart (line-batcher.ts); whatever is still
  // pending is written when the server stops or the process exits.
  const log = options.logStream === undefined ? undefined : new LineBatcher(options.logStream);
  const flushLog = (): void => log?.flush();
  process.once('exit', flushLog);
  let app: HttpApp | undefined;
  try {
    const { applied } = await migrate(handle);
    app = await buildApp({
      handle,
      config,
      ...options,
      ...(log === undefined ? {} : { logStream: log }),
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const urlHost = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      url: `http://${urlHost}:${port}`,
      host: config.host,
      port,
      dialect: dbConfig.dialect,
      migrations: applied,
      close: once(async () => {
        try {
          await shutDown(app as HttpApp, handle, config.shutdownTimeoutMs);
        } finally {
          flushLog();
          process.off('exit', flushLog);
        }
      }),
    };
  } catch (error) {
    await app?.close();
    await handle.close();
    flushLog();
    process.off('exit', flushLog);
    throw error;
  }
}

async function shutDown(app: HttpApp, handle: DatabaseHandle, timeoutMs: number): Promise<void> {
  app.ctx.lifecycle.shuttingDown = true;
  app.log.info('shutting down: finishing requests in flight');
  // app.close() stops accepting connections and waits for requests in flight; a client that
  // never finishes must not hold the process forever.
  const timer = setTimeout(() => {
    app.log.warn({ timeoutMs }, 'shutdown timeout: closing the remaining connections');
    app.server.closeAllConnections();
  }, timeoutMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
    await handle.close();
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
