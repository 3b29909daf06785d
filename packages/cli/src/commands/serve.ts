import { ConfigError, loadServerConfig, startServer } from '@hindsight/server';
import type { RunningServer, ServerFlags } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';

export interface ServeOptions extends ServerFlags {
  /** Announce the bound address as one JSON line on standard output (for scripts and tests). */
  json?: boolean;
}

export interface ServeDeps {
  /** Resolves when the server should stop; by default, on SIGINT or SIGTERM. */
  untilStopped?: () => Promise<string>;
  /** Called once the server listens (tests make requests to it). */
  onListening?: (server: RunningServer) => void;
}

/**
 * `hindsight serve`: runs the API over the configured database (migrating it first) until
 * SIGINT or SIGTERM, then shuts down gracefully and returns. Request logs go to standard
 * error as JSON lines; standard output only announces where the server listens.
 */
export async function runServe(
  options: ServeOptions,
  io: Io,
  deps: ServeDeps = {},
): Promise<Outcome> {
  const config = readConfig(options, io);
  let server: RunningServer;
  try {
    server = await startServer(config, { logStream: io.stderr as { write(line: string): void } });
  } catch (error) {
    throw startError(error, config.host, config.port);
  }
  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify({
        url: server.url,
        host: server.host,
        port: server.port,
        database: server.dialect,
        migrations: server.migrations,
      })}\n`,
    );
  } else {
    const paint = paintFor(io);
    const where = server.dialect === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
    io.stdout.write(
      [
        `Hindsight API on ${paint.cyan(paint.bold(server.url))} (${where})`,
        ...(server.migrations.length === 0
          ? []
          : [`  applied migrations: ${server.migrations.join(', ')}`]),
        `  API explorer: ${server.url}/api/docs`,
        paint.dim('Press Ctrl-C to stop.'),
        '',
      ].join('\n'),
    );
  }
  deps.onListening?.(server);
  const reason = await (deps.untilStopped ?? untilSignal)();
  await server.close();
  if (options.json !== true) io.stdout.write(`Stopped (${reason}).\n`);
  return 'ok';
}

function readConfig(options: ServeOptions, io: Io) {
  try {
    return loadServerConfig(io.env, options);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError('usage', error.message);
    throw error;
  }
}

/** Says what went wrong at start in a line the user can act on. */
function startError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE')
    return new CliError(
      'port_unavailable',
      `port ${port} on ${host} is in use; pick another with --port.`,
    );
  if (code === 'EACCES')
    return new CliError(
      'port_unavailable',
      `not allowed to listen on ${host}:${port}; try a port above 1024.`,
    );
  if (code === 'invalid_input' && error instanceof Error)
    return new CliError('usage', error.message);
  if (
    error instanceof Error &&
    /ECONNREFUSED|ENOTFOUND|password authentication|does not exist/.test(error.message)
  )
    return new CliError('invalid_input', `cannot open the database: ${error.message}`);
  return error;
}

/** Waits for Ctrl-C or a termination request, then removes its listeners again. */
function untilSignal(): Promise<string> {
  return new Promise((resolvePromise) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolvePromise(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
