import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CliError } from '../cli-error.js';
import { PostmortemFolder } from './postmortem-folder.js';
import { routeRequest } from './route-request.js';
import type { PreviewResponse } from './route-request.js';
import { securityHeaders } from './security-headers.js';

export interface PreviewServerOptions {
  /** The folder of Markdown postmortems to serve. */
  dir: string;
  /** 0 picks any free port. */
  port: number;
  host: string;
  generator: string;
  /** Where to report a request that failed unexpectedly (one line each). */
  log: (line: string) => void;
}

export interface PreviewServer {
  /** The address to open, e.g. `http://127.0.0.1:3000/`. */
  url: string;
  /** Stops accepting connections and resolves when open ones have finished (or were cut). */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** How long open keep-alive connections get to finish when the server stops. */
const CLOSE_GRACE_MS = 2000;

/**
 * Starts the read-only preview server over a folder of postmortems. Errors that the user can
 * fix (port in use, no permission) are CliErrors naming the address.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const folder = new PostmortemFolder(options.dir);
  const context = {
    folder,
    generator: options.generator,
    ...(LOOPBACK.has(options.host) ? { allowedHosts: LOOPBACK } : {}),
  };
  const server = createServer((req, res) => {
    void answer(req, res, context, options.log);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options)));
    server.listen(options.port, options.host, () => resolvePromise());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolvePromise();
        });
        server.closeIdleConnections();
      }),
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  context: Parameters<typeof routeRequest>[1],
  log: (line: string) => void,
): Promise<void> {
  let response: PreviewResponse;
  try {
    response = await routeRequest(
      {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        ...(req.headers.host ? { host: req.headers.host } : {}),
      },
      context,
    );
  } catch (error) {
    // The details go to the terminal of the person running the preview, not to the browser.
    log(
      `preview: ${req.method ?? ''} ${req.url ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    response = {
      status: 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders('data') },
      body: 'The preview could not answer this request; see the terminal it runs in.\n',
    };
  }
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, { ...response.headers, 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function listenError(error: NodeJS.ErrnoException, options: PreviewServerOptions): Error {
  const where = `${options.host}:${options.port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new CliError(
        'port_unavailable',
        `Port ${options.port} on ${options.host} is already in use; choose another with --port or PORT.`,
      );
    case 'EACCES':
      return new CliError(
        'port_unavailable',
        `Not allowed to listen on ${where}; ports below 1024 need privileges, so try --port 3000.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new CliError(
        'port_unavailable',
        `${options.host} is not an address of this machine; try --host 127.0.0.1.`,
      );
    default:
      return error;
  }
}
